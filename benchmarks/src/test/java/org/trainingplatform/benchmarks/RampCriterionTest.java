package org.trainingplatform.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.benchmarks.PlatformBenchmark.sustained;

/** A ramp step's rate counts as sustained only with a p99 under 500 ms and no backlog left anywhere. */
class RampCriterionTest {

    @Test
    void aStepIsSustainedWhenItsAnswersAreQuickAndEverythingCaughtUp() {
        assertThat(sustained(499.9, 0, true, true, true)).isTrue();
    }

    @Test
    void aSlowOrRefusingStepIsNotSustained() {
        assertThat(sustained(500, 0, true, true, true)).as("p99 of 500 ms").isFalse();
        assertThat(sustained(120, 1, true, true, true)).as("a nomination not accepted").isFalse();
    }

    @Test
    void aStepThatLeftABacklogIsNotSustained() {
        assertThat(sustained(120, 0, false, true, true)).as("events not yet on the topic").isFalse();
        assertThat(sustained(120, 0, true, false, true)).as("consumers still lagging").isFalse();
        assertThat(sustained(120, 0, true, true, false)).as("mail or SMS still queued").isFalse();
    }
}
