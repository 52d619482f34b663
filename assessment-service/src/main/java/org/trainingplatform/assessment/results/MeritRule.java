package org.trainingplatform.assessment.results;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;

/**
 * Who is proposed for a certificate of merit (giấy khen): the best {@code topN} completed trainees, or
 * every completed trainee with at least {@code minimumScore}; exactly one of the two.
 */
public record MeritRule(@Min(1) @Max(1000) Integer topN, @DecimalMin("0") @DecimalMax("10") BigDecimal minimumScore) {

    @AssertTrue(message = "give either topN or minimumScore")
    boolean isOneRule() {
        return (topN == null) != (minimumScore == null);
    }
}
