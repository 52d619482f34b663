package org.trainingplatform.benchmarks;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.benchmarks.PlatformBenchmark.countProblem;

/** The harness fails its run unless every accepted nomination gave exactly one event, one mail and one SMS. */
class SelfCheckTest {

    @Test
    void oneEventOneMailAndOneSmsIsTheOnlyOutcomeThatPasses() {
        assertThat(countProblem("t-1", 201, enrolled(1), delivered(1), delivered(1))).isEmpty();
    }

    @Test
    void aRefusedOrUnansweredNominationFails() {
        assertThat(countProblem("t-1", 409, enrolled(1), delivered(1), delivered(1))).contains("nomination of t-1 answered 409");
        assertThat(countProblem("t-1", null, null, null, null)).contains("nomination of t-1 answered null");
    }

    @Test
    void aMissingOrRepeatedEventFails() {
        assertThat(countProblem("t-1", 201, null, delivered(1), delivered(1))).contains("0 enrolment events for t-1");
        assertThat(countProblem("t-1", 201, enrolled(2), delivered(1), delivered(1))).contains("2 enrolment events for t-1");
    }

    @Test
    void aMissingOrRepeatedMessageOnEitherChannelFails() {
        assertThat(countProblem("t-1", 201, enrolled(1), null, delivered(1))).contains("0 mails and 1 SMS for t-1");
        assertThat(countProblem("t-1", 201, enrolled(1), delivered(1), delivered(2))).contains("1 mails and 2 SMS for t-1");
    }

    private static EventWatch.Sighting enrolled(int times) {
        return new EventWatch.Sighting(Instant.now(), Instant.now(), new AtomicInteger(times));
    }

    private static Inboxes.Delivery delivered(int count) {
        return new Inboxes.Delivery(Instant.now(), new AtomicInteger(count));
    }
}
