package org.trainingplatform.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class EventWatchTest {

    private static final Instant CHANGED = Instant.parse("2026-12-04T08:00:00.000Z");

    @Test
    void theRelayIsMeasuredFromTheWriteThatStoredTheEvent() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("enrolment-events", 0, 0, "class-1", new byte[0]);
        record.headers().add("ce_storedtime", "2026-12-04T08:00:00.030Z".getBytes(UTF_8));

        assertThat(EventWatch.relayStart(record, CHANGED)).isEqualTo(Instant.parse("2026-12-04T08:00:00.030Z"));
    }

    @Test
    void anEventReadBackFromItsDocumentIsMeasuredFromItsStateChange() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("enrolment-events", 0, 0, "class-1", new byte[0]);

        assertThat(EventWatch.relayStart(record, CHANGED)).isEqualTo(CHANGED);
    }
}
