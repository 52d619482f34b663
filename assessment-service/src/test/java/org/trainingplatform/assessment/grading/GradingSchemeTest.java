package org.trainingplatform.assessment.grading;

import org.junit.jupiter.api.Test;
import org.trainingplatform.support.web.RuleViolationException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradingSchemeTest {

    @Test
    void theDefaultBandsClassifyAsTheDomainSays() {
        GradingScheme scheme = GradingScheme.defaults().validated();
        assertThat(scheme.classify(new BigDecimal("9.00"))).isEqualTo(Classification.EXCELLENT);
        assertThat(scheme.classify(new BigDecimal("8.99"))).isEqualTo(Classification.VERY_GOOD);
        assertThat(scheme.classify(new BigDecimal("7.00"))).isEqualTo(Classification.GOOD);
        assertThat(scheme.classify(new BigDecimal("5.00"))).isEqualTo(Classification.AVERAGE);
        assertThat(scheme.classify(new BigDecimal("4.99"))).isEqualTo(Classification.FAIL);
        assertThat(scheme.classify(null)).isEqualTo(Classification.FAIL);
    }

    @Test
    void weightsMustAddUpToAHundredPercent() {
        GradingScheme scheme = new GradingScheme(List.of(
                new GradingScheme.Component("final-essay", "Bài thu hoạch", new BigDecimal("60")),
                new GradingScheme.Component("participation", "Chuyên cần", new BigDecimal("30"))),
                GradingScheme.defaults().bands(), GradingScheme.defaults().completion());

        assertThatThrownBy(scheme::validated).isInstanceOf(RuleViolationException.class).hasMessageContaining("add up to 90 %");
    }

    @Test
    void requiredComponentsMustBeInTheSchemeAndBandsMustFall() {
        var defaults = GradingScheme.defaults();
        assertThatThrownBy(() -> new GradingScheme(defaults.components(), defaults.bands(),
                new GradingScheme.CompletionRule(0.8, List.of("field-report"), new BigDecimal("5"))).validated())
                .hasMessageContaining("field-report");
        assertThatThrownBy(() -> new GradingScheme(defaults.components(), new GradingScheme.Bands(new BigDecimal("8"),
                new BigDecimal("9"), new BigDecimal("7"), new BigDecimal("5")), defaults.completion()).validated())
                .hasMessageContaining("fall from excellent");
    }
}
