package org.trainingplatform.assessment.gradebook;

import java.math.BigDecimal;
import java.time.Instant;

/** Lets tests of other packages fill a gradebook as the organisers would. */
public final class GradebookTestAccess {

    private GradebookTestAccess() {
    }

    public static void record(Gradebook gradebook, String trainee, String component, BigDecimal score) {
        gradebook.record(trainee, component, score, "hanoi-home-affairs", null, Instant.now());
    }
}
