package org.trainingplatform.scheduling.attendance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandingTest {

    @Test
    void aTraineeIsAtRiskOnceTheyCanNoLongerReachTheThreshold() {
        assertThat(new Standing("t", 3, 2, 10).atRisk(0.8)).isFalse();
        assertThat(new Standing("t", 3, 3, 10).atRisk(0.8)).isTrue();
        assertThat(new Standing("t", 3, 3, 10).bestReachableRate()).isEqualTo(0.7);
        assertThat(new Standing("t", 4, 1, 10).rate()).isEqualTo(0.4);
    }

    @Test
    void aWarningIsRecordedOncePerTrainee() {
        AttendanceWatch watch = AttendanceWatch.of("c1", "hanoi-home-affairs");
        assertThat(watch.watch(new Standing("t", 0, 3, 10), 0.8)).isTrue();
        assertThat(watch.watch(new Standing("t", 0, 4, 10), 0.8)).isFalse();
        assertThat(watch.watch(new Standing("u", 5, 1, 10), 0.8)).isFalse();
        assertThat(watch.pendingEvents()).hasSize(1);
    }
}
