package org.trainingplatform.notification;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.embedded.ReceivedMail;
import org.trainingplatform.support.embedded.SmsMessage;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * A provider outage under a stream of enrolments and withdrawals: the messages queue in MongoDB, the
 * circuit breaker opens, and when the provider is back every message goes out once, and each trainee's
 * in the order they were queued: the confirmation before the withdrawal.
 */
class ProviderOutageIT extends NotificationIntegrationTest {

    static final int TRAINEES = 12;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @AfterEach
    void providersBack() {
        TestChannels.startMail();
        TestChannels.sms().simulateOutage(false);
    }

    @Test
    void whileTheMailServerIsDownEmailsQueueInMongoAndAfterwardsEachArrivesOnceInOrder() {
        String organiser = "outage-" + UUID.randomUUID();
        ClassOpened klass = S1.classOpened(organiser);
        List<TraineeRegistered> trainees = registered(klass, TRAINEES);

        TestChannels.stopMail();
        enrolThenWithdraw(klass, trainees);

        await().atMost(PATIENCE).until(() -> queued(organiser, "EMAIL") == 2 * TRAINEES);
        await().atMost(PATIENCE).until(() -> state("email:platform") == CircuitBreaker.State.OPEN);
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> smsTo(t.phone()).size() == 2));
        await().atMost(PATIENCE).until(() -> queued(organiser, "SMS") == 0);
        JsonNode pending = expect(as(organiser).get("/api/messages/pending"), 200);
        assertThat(pending.findValuesAsString("channel")).containsOnly("EMAIL").hasSize(2 * TRAINEES);
        assertThat(tried(pending)).isNotEmpty().allSatisfy(message -> {
            assertThat(message.get("statusReason").asString()).startsWith("Will try again: ");
            assertThat(message.get("attempts").get(0).get("detail").asString())
                    .contains("The mail server localhost:" + TestChannels.smtpPort() + " is unavailable");
        });
        assertThat(trainees).allSatisfy(t -> assertThat(mailsTo(t.email())).isEmpty());

        TestChannels.startMail();

        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> mailsTo(t.email()).size() == 2));
        assertThat(trainees).allSatisfy(t -> assertThat(mailsTo(t.email())).extracting(ReceivedMail::subject)
                .containsExactly("Xác nhận ghi danh vào Lớp 2", "Rút tên khỏi Lớp 2"));
        await().atMost(PATIENCE).until(() -> queued(organiser, "EMAIL") == 0);
        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            await().atMost(PATIENCE).until(() -> topic.records(r -> klass.classId().equals(r.key())).size() == 4 * TRAINEES);
        }
        assertThat(trainees).allSatisfy(t -> assertThat(mailsTo(t.email())).hasSize(2));
    }

    @Test
    void whileTheSmsGatewayIsDownSmsQueueAndAfterwardsEachArrivesOnceInOrder() {
        String organiser = "outage-" + UUID.randomUUID();
        ClassOpened klass = S1.classOpened(organiser);
        List<TraineeRegistered> trainees = registered(klass, TRAINEES);
        Http gateway = Http.at(TestChannels.sms().port());

        expect(gateway.post("/api/outage", "{\"down\":true}"), 200);
        enrolThenWithdraw(klass, trainees);

        await().atMost(PATIENCE).until(() -> queued(organiser, "SMS") == 2 * TRAINEES);
        await().atMost(PATIENCE).until(() -> state("sms:platform") == CircuitBreaker.State.OPEN);
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> mailsTo(t.email()).size() == 2));
        await().atMost(PATIENCE).until(() -> queued(organiser, "EMAIL") == 0);
        assertThat(tried(expect(as(organiser).get("/api/messages/pending"), 200))).isNotEmpty().allSatisfy(message ->
                assertThat(message.get("attempts").get(0).get("detail").asString())
                        .isEqualTo("The SMS gateway answered HTTP 503: The gateway is unavailable"));

        expect(gateway.post("/api/outage", "{\"down\":false}"), 200);

        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> smsTo(t.phone()).size() == 2));
        assertThat(trainees).allSatisfy(t -> assertThat(smsTo(t.phone())).extracting(SmsMessage::text)
                .satisfiesExactly(first -> assertThat(first).contains("đã được ghi danh vào Lớp 2"),
                        second -> assertThat(second).contains("đã được rút tên khỏi Lớp 2")));
        await().atMost(PATIENCE).until(() -> queued(organiser, "SMS") == 0);
    }

    /** Each trainee enrolled and withdrawn again: two messages per trainee and channel, in that order. */
    private void enrolThenWithdraw(ClassOpened klass, List<TraineeRegistered> trainees) {
        for (TraineeRegistered trainee : trainees) {
            events.publish(S1.enrolled(klass, trainee));
            events.publish(new EnrolmentWithdrawn(klass.classId(), klass.agencyId(), trainee.traineeId(), trainee.agencyId(),
                    "ENROLLED", "Phân công công tác đột xuất"));
        }
    }

    /** Registers the trainees and waits until the service knows them all, so that their messages queue at once. */
    private List<TraineeRegistered> registered(ClassOpened klass, int count) {
        List<TraineeRegistered> trainees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            trainees.add(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Học viên " + (i + 1), "vi"));
        }
        events.publish(klass);
        trainees.forEach(events::publish);
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t ->
                as(DEPARTMENT_OF_CONSTRUCTION).get("/api/trainees/" + t.traineeId() + "/preferences").statusCode() == 200));
        return trainees;
    }

    /** The pending messages that were tried: the head of each lane that had its turn before the circuit opened. */
    private static List<JsonNode> tried(JsonNode pending) {
        return pending.valueStream().filter(message -> !message.get("attempts").isEmpty()).toList();
    }

    private long queued(String sender, String channel) {
        return mongo.count(Query.query(where("senderAgencyId").is(sender).and("channel").is(channel)
                .and("status").in("PENDING", "SENDING")), "messages");
    }

    private CircuitBreaker.State state(String provider) {
        return circuitBreakers.find(provider).map(CircuitBreaker::getState).orElse(null);
    }
}
