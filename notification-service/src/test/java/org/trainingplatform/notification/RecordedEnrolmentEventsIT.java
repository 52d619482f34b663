package org.trainingplatform.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer contract: enrolment events recorded as enrolment-service publishes them (payload and
 * CloudEvents headers, {@code src/test/resources/recorded/enrolment-events}) still parse and do what
 * they should here. A producer change that breaks this consumer fails this test.
 */
class RecordedEnrolmentEventsIT extends NotificationIntegrationTest {

    static final String TRAINEE = "3f6e2a10-7c4d-4b8e-a1f2-9d8c7b6a5e4d";
    static final String CLASS = "8d0c7f4e-2b51-4f8a-9f3e-6a1d2c3b4e5f";

    @Autowired
    @Qualifier("enrolmentEvents")
    Consumer<Message<List<byte[]>>> enrolmentEvents;

    @Test
    void everyRecordedEnrolmentEventIsConsumedAndTakesEffectOnce() {
        List<Message<byte[]>> recorded = RecordedEvents.of("enrolment-events");
        assertThat(recorded).hasSize(11);

        enrolmentEvents.accept(RecordedEvents.poll(recorded));
        recorded.forEach(record -> enrolmentEvents.accept(RecordedEvents.poll(List.of(record)))); // each again, alone

        JsonNode preferences = expect(as("hanoi-construction").get("/api/trainees/" + TRAINEE + "/preferences"), 200);
        assertThat(preferences.get("emailOptOut").asBoolean()).isFalse();
        JsonNode log = expect(as("hanoi-home-affairs").get("/api/classes/" + CLASS + "/deliveries"), 200);
        List<JsonNode> messages = iterable(log.get("messages"));
        assertThat(messages).extracting(m -> m.get("kind").asString() + "/" + m.get("channel").asString())
                .containsExactlyInAnyOrder("ENROLMENT_CONFIRMED/EMAIL", "ENROLMENT_CONFIRMED/SMS", "WAITLISTED/EMAIL",
                        "WAITLISTED/SMS", "PROMOTED_FROM_WAITLIST/EMAIL", "PROMOTED_FROM_WAITLIST/SMS",
                        "NOMINATION_REJECTED/EMAIL", "NOMINATION_REJECTED/SMS", "ENROLMENT_WITHDRAWN/EMAIL",
                        "ENROLMENT_WITHDRAWN/SMS");
        assertThat(messages).filteredOn(m -> m.get("channel").asString().equals("SMS"))
                .allSatisfy(m -> assertThat(m.get("recipient").asString()).isEqualTo("+84987654321"));
        assertThat(messages).filteredOn(m -> m.get("kind").asString().equals("WAITLISTED")
                        && m.get("channel").asString().equals("EMAIL"))
                .singleElement().satisfies(m -> assertThat(m.get("text").asString()).contains("ở vị trí thứ 1"));
        assertThat(messages).filteredOn(m -> m.get("kind").asString().equals("ENROLMENT_WITHDRAWN")
                        && m.get("channel").asString().equals("EMAIL"))
                .singleElement().satisfies(m -> assertThat(m.get("text").asString()).contains("Lý do: Công tác đột xuất."));
    }

    private static List<JsonNode> iterable(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }
}
