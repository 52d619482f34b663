package org.trainingplatform.notification;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.embedded.ReceivedMail;
import org.trainingplatform.support.embedded.SmsMessage;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.TestChannels.mails;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * A provider outage under a stream of enrolments: the messages queue in MongoDB, the circuit breaker
 * opens, and when the provider is back every message goes out once, in the order it was queued.
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
        for (TraineeRegistered trainee : trainees) {
            events.publish(S1.enrolled(klass, trainee));
        }

        await().atMost(PATIENCE).until(() -> queued(organiser + "/EMAIL") == TRAINEES);
        await().atMost(PATIENCE).until(() -> state("email:platform") == CircuitBreaker.State.OPEN);
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> smsTo(t.phone()).size() == 1));
        await().atMost(PATIENCE).until(() -> queued(organiser + "/SMS") == 0);
        JsonNode pending = expect(as(organiser).get("/api/messages/pending"), 200);
        assertThat(pending.findValuesAsString("channel")).containsOnly("EMAIL").hasSize(TRAINEES);
        assertThat(pending.get(0).get("statusReason").asString()).startsWith("Will try again: ");
        assertThat(pending.get(0).get("attempts").get(0).get("detail").asString())
                .contains("The mail server localhost:" + TestChannels.smtpPort() + " is unavailable");
        assertThat(trainees).allSatisfy(t -> assertThat(mailsTo(t.email())).isEmpty());

        TestChannels.startMail();

        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> mailsTo(t.email()).size() == 1));
        assertThat(arrivalOrder(trainees)).containsExactlyElementsOf(trainees.stream().map(TraineeRegistered::email).toList());
        await().atMost(PATIENCE).until(() -> queued(organiser + "/EMAIL") == 0);
        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            await().atMost(PATIENCE).until(() -> topic.records(r -> klass.classId().equals(r.key())).size() == 2 * TRAINEES);
        }
        assertThat(trainees).allSatisfy(t -> assertThat(mailsTo(t.email())).hasSize(1));
    }

    @Test
    void whileTheSmsGatewayIsDownSmsQueueAndAfterwardsEachArrivesOnceInOrder() {
        String organiser = "outage-" + UUID.randomUUID();
        ClassOpened klass = S1.classOpened(organiser);
        List<TraineeRegistered> trainees = registered(klass, TRAINEES);
        Http gateway = Http.at(TestChannels.sms().port());

        expect(gateway.post("/api/outage", "{\"down\":true}"), 200);
        for (TraineeRegistered trainee : trainees) {
            events.publish(S1.enrolled(klass, trainee));
        }

        await().atMost(PATIENCE).until(() -> queued(organiser + "/SMS") == TRAINEES);
        await().atMost(PATIENCE).until(() -> state("sms:platform") == CircuitBreaker.State.OPEN);
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> mailsTo(t.email()).size() == 1));
        await().atMost(PATIENCE).until(() -> queued(organiser + "/EMAIL") == 0);
        JsonNode head = expect(as(organiser).get("/api/messages/pending"), 200).get(0);
        assertThat(head.get("attempts").get(0).get("detail").asString())
                .isEqualTo("The SMS gateway answered HTTP 503: The gateway is unavailable");

        expect(gateway.post("/api/outage", "{\"down\":false}"), 200);

        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> smsTo(t.phone()).size() == 1));
        Set<String> phones = trainees.stream().map(TraineeRegistered::phone).collect(Collectors.toSet());
        List<String> arrived = TestChannels.sms().messages().stream().map(SmsMessage::to).filter(phones::contains)
                .collect(Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(arrived);
        assertThat(arrived).containsExactlyElementsOf(trainees.stream().map(TraineeRegistered::phone).toList());
        await().atMost(PATIENCE).until(() -> queued(organiser + "/SMS") == 0);
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

    private long queued(String lane) {
        return mongo.count(Query.query(where("lane").is(lane).and("status").in("PENDING", "SENDING")), "messages");
    }

    private CircuitBreaker.State state(String provider) {
        return circuitBreakers.find(provider).map(CircuitBreaker::getState).orElse(null);
    }

    private static List<String> arrivalOrder(List<TraineeRegistered> trainees) {
        Set<String> addresses = trainees.stream().map(TraineeRegistered::email).collect(Collectors.toSet());
        return mails().stream().map(ReceivedMail::to).flatMap(List::stream).filter(addresses::contains).toList();
    }
}
