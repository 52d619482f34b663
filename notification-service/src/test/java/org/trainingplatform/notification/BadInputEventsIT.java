package org.trainingplatform.notification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.enrolment.TraineeWaitlisted;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.events.EventStream.ENROLMENT;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Records that can never be handled go to their topic's dead-letter topic with the reason, and the
 * consumer goes on; a message that cannot be sent (an invalid address, a template error) fails on its own,
 * with the reason, and says so on {@code notification-events}.
 */
class BadInputEventsIT extends NotificationIntegrationTest {

    static final String DEAD_LETTERS = "enrolment-events.notification-service.dlt";
    static final String ENROLLED = "org.trainingplatform.enrolment.trainee-enrolled.v1";

    @Test
    void malformedAndUnknownEventsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() {
        String key = UUID.randomUUID().toString();
        String notJson = raw(key, UUID.randomUUID().toString(), ENROLLED, "{not json");
        String unknownType = raw(key, UUID.randomUUID().toString(), "org.example.something-else.v1", "{}");
        String breaksSchema = raw(key, UUID.randomUUID().toString(), ENROLLED, "{\"classId\":\"" + key + "\"}");
        String noId = raw(key, null, ENROLLED, "{\"classId\":\"" + key + "\",\"agencyId\":\"a\",\"traineeId\":\"t\","
                + "\"nominatingAgencyId\":\"b\"}");
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered after = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Đỗ Thu Hà", "vi");
        events.publish(klass);
        events.publish(after);
        events.publish(S1.enrolled(klass, after));

        await().atMost(PATIENCE).until(() -> mailsTo(after.email()).size() == 1);
        try (var deadLetters = new TopicReader(bootstrapServers, DEAD_LETTERS)) {
            await().atMost(PATIENCE).until(() -> deadLetters.records(r -> key.equals(r.key())).size() == 4);
            Map<String, String> reasons = deadLetters.records(r -> key.equals(r.key())).stream()
                    .collect(Collectors.toMap(TopicReader::value, BadInputEventsIT::reason));
            assertThat(reasons.get(notJson)).contains("is not JSON");
            assertThat(reasons.get(unknownType)).contains("Unknown event type org.example.something-else.v1");
            assertThat(reasons.get(breaksSchema)).contains("breaks its schema", "agencyId");
            assertThat(reasons.get(noId)).contains("Missing CloudEvents header ce_id");
        }
    }

    @Test
    void malformedSchedulingAndAssessmentRecordsGoToTheirOwnDeadLetterTopicsWithTheReason() {
        String key = UUID.randomUUID().toString();
        String noStart = raw("scheduling-events", key, UUID.randomUUID().toString(),
                "org.trainingplatform.scheduling.session-scheduled.v1", "{\"classId\":\"" + key + "\",\"agencyId\":\"a\"}");
        String notJson = raw("assessment-events", key, UUID.randomUUID().toString(),
                "org.trainingplatform.assessment.course-completed.v1", "{\"classification\": EXCELLENT");

        try (var scheduling = new TopicReader(bootstrapServers, "scheduling-events.notification-service.dlt");
             var assessment = new TopicReader(bootstrapServers, "assessment-events.notification-service.dlt")) {
            await().atMost(PATIENCE).until(() -> scheduling.records(r -> key.equals(r.key())).size() == 1
                    && assessment.records(r -> key.equals(r.key())).size() == 1);
            ConsumerRecord<String, byte[]> session = scheduling.records(r -> key.equals(r.key())).get(0);
            assertThat(TopicReader.value(session)).isEqualTo(noStart);
            assertThat(reason(session)).contains("session-scheduled.v1 breaks its schema", "sessionId");
            ConsumerRecord<String, byte[]> result = assessment.records(r -> key.equals(r.key())).get(0);
            assertThat(TopicReader.value(result)).isEqualTo(notJson);
            assertThat(reason(result)).contains("course-completed.v1 is not JSON");
        }
    }

    @Test
    void anInvalidPhoneNumberOrEmailFailsThatMessageWithTheReasonAndTheOtherChannelStillGoes() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered badPhone = withContact(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Phan Văn Khải", "vi"),
                "khai@hanoi.gov.vn" + UUID.randomUUID().toString().substring(0, 4), "0912 345 678");
        TraineeRegistered badEmail = withContact(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Mai Thị Hoa", "vi"),
                "hoa.mt@@hanoi", S1.randomMobile());
        events.publish(klass);
        events.publish(badPhone);
        events.publish(badEmail);
        events.publish(S1.enrolled(klass, badPhone));
        events.publish(S1.enrolled(klass, badEmail));

        JsonNode sms = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, badPhone.traineeId(), "SMS", "FAILED");
        assertThat(sms.get("statusReason").asString())
                .isEqualTo("'0912 345 678' is not a mobile number in international form (E.164, e.g. +84912345678)");
        assertThat(sms.get("attempts").get(0).get("outcome").asString()).isEqualTo("REFUSED");
        awaitMessage(DEPARTMENT_OF_CONSTRUCTION, badPhone.traineeId(), "EMAIL", "SENT");
        JsonNode email = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, badEmail.traineeId(), "EMAIL", "FAILED");
        assertThat(email.get("statusReason").asString()).startsWith("'hoa.mt@@hanoi' is not a valid email address");
        await().atMost(PATIENCE).until(() -> smsTo(badEmail.phone()).size() == 1);

        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            await().atMost(PATIENCE).until(() -> failures(topic, klass).size() == 2);
            assertThat(failures(topic, klass)).extracting(r -> JSON.readTree(r.value()).get("reason").asString())
                    .containsExactlyInAnyOrder(sms.get("statusReason").asString(), email.get("statusReason").asString());
            JsonNode failed = JSON.readTree(failures(topic, klass).get(0).value());
            assertThat(failed.get("attempts").asInt()).isEqualTo(1);
            assertThat(failed.get("agencyId").asString()).isEqualTo(HOME_AFFAIRS);
        }
    }

    @Test
    void aTemplateErrorFailsThatMessageWithTheReasonAndNeverTheConsumer() throws IOException {
        Path broken = Path.of("target/template-overrides/email/waitlisted.en.html");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "<p th:text=\"${name.noSuchMethod()}\">broken</p>", UTF_8);
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered thao = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Ngô Phương Thảo", "en");
        TraineeRegistered next = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Bùi Đức Minh", "vi");
        try {
            events.publish(klass);
            events.publish(thao);
            events.publish(next);
            events.publish(new TraineeWaitlisted(klass.classId(), HOME_AFFAIRS, thao.traineeId(),
                    DEPARTMENT_OF_CONSTRUCTION, 1));
            events.publish(S1.enrolled(klass, next));

            JsonNode email = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, thao.traineeId(), "EMAIL", "FAILED");
            assertThat(email.get("statusReason").asString())
                    .startsWith("Template email/waitlisted.en.html could not be rendered").contains("noSuchMethod");
            awaitMessage(DEPARTMENT_OF_CONSTRUCTION, thao.traineeId(), "SMS", "SENT");
            await().atMost(PATIENCE).until(() -> mailsTo(next.email()).size() == 1);
        } finally {
            Files.delete(broken);
        }
        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            await().atMost(PATIENCE).until(() -> failures(topic, klass).size() == 1);
            assertThat(JSON.readTree(failures(topic, klass).get(0).value()).get("reason").asString())
                    .startsWith("Template email/waitlisted.en.html could not be rendered");
        }
    }

    private static java.util.List<ConsumerRecord<String, byte[]>> failures(TopicReader topic, ClassOpened klass) {
        return topic.records(r -> klass.classId().equals(r.key())
                && "org.trainingplatform.notification.message-failed.v1".equals(header(r, "ce_type")));
    }

    private static TraineeRegistered withContact(TraineeRegistered t, String email, String phone) {
        return new TraineeRegistered(t.traineeId(), t.agencyId(), t.fullName(), t.position(), t.unit(),
                t.pipelinePosition(), email, phone, t.preferredLanguage());
    }

    private String raw(String key, String eventId, String type, String payload) {
        return raw(ENROLMENT.topic(), key, eventId, type, payload);
    }

    private String raw(String topic, String key, String eventId, String type, String payload) {
        events.publishRaw(topic, key, eventId, type, payload);
        return payload;
    }

    private static String reason(ConsumerRecord<String, byte[]> deadLetter) {
        for (var header : deadLetter.headers()) {
            if (header.key().contains("exception-message")) {
                return new String(header.value(), UTF_8);
            }
        }
        return "";
    }
}
