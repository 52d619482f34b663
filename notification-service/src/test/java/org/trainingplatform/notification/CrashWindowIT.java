package org.trainingplatform.notification;

import org.junit.jupiter.api.Test;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * The service stops after a provider accepted a message and before the outcome was recorded. The
 * message's lease expires; an SMS is sent again with the same reference, which the gateway accepts
 * once; an email is not (SMTP cannot recognise a second copy): it is UNCONFIRMED, explained in the
 * pending queue, and the agency may re-send it.
 */
class CrashWindowIT extends NotificationIntegrationTest {

    @Test
    void anSmsInterruptedAfterTheGatewayAcceptedItIsSentAgainAndTheGatewayKeepsOneCopy() {
        String organiser = "crash-" + UUID.randomUUID();
        ClassOpened klass = S1.classOpened(organiser);
        TraineeRegistered hoa = known(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Trịnh Thu Hoà", "vi"), klass);
        CrashingProviderFactory.crashAfterAccepting(hoa.phone());

        events.publish(S1.enrolled(klass, hoa));

        await().atMost(PATIENCE).until(() -> smsTo(hoa.phone()).size() == 1);
        JsonNode sms = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, hoa.traineeId(), "SMS", "SENT");
        assertThat(sms.get("attempts").findValuesAsString("outcome")).containsExactly("INTERRUPTED", "ACCEPTED");
        assertThat(smsTo(hoa.phone())).hasSize(1);
        assertThat(smsTo(hoa.phone()).get(0).clientReference()).isEqualTo(sms.get("id").asString());
        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            await().atMost(PATIENCE).until(() -> topic.records(r -> klass.classId().equals(r.key())).size() == 2);
            assertThat(topic.records(r -> TopicReader.value(r).contains(sms.get("id").asString()))).hasSize(1);
        }
    }

    @Test
    void anEmailInterruptedAfterTheMailServerAcceptedItIsUnconfirmedExplainedAndReSentOnlyWhenTheAgencyAsks() {
        String organiser = "crash-" + UUID.randomUUID();
        ClassOpened klass = S1.classOpened(organiser);
        TraineeRegistered son = known(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Đinh Công Sơn", "vi"), klass);
        TraineeRegistered next = known(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Tạ Minh Châu", "vi"), klass);
        CrashingProviderFactory.crashAfterAccepting(son.email());

        events.publish(S1.enrolled(klass, son));
        events.publish(S1.enrolled(klass, next));

        JsonNode email = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, son.traineeId(), "EMAIL", "UNCONFIRMED");
        assertThat(email.get("attempts").findValuesAsString("outcome")).containsExactly("INTERRUPTED");
        assertThat(email.get("statusReason").asString()).contains("may or may not have arrived", "re-send");
        await().atMost(PATIENCE).until(() -> mailsTo(next.email()).size() == 1 && smsTo(next.phone()).size() == 1
                && smsTo(son.phone()).size() == 1);
        await().atMost(PATIENCE).until(() -> expect(as(organiser).get("/api/messages/pending"), 200)
                .findValuesAsString("id").equals(List.of(email.get("id").asString())));
        assertThat(mailsTo(son.email())).hasSize(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(son.email()).size() == 1);

        JsonNode resent = expect(as(organiser).post("/api/messages/" + email.get("id").asString() + "/resend", ""), 202);
        assertThat(resent.get("resends").asInt()).isEqualTo(1);

        await().atMost(PATIENCE).until(() -> mailsTo(son.email()).size() == 2);
        JsonNode sent = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, son.traineeId(), "EMAIL", "SENT");
        assertThat(sent.get("attempts").findValuesAsString("outcome")).containsExactly("INTERRUPTED", "ACCEPTED");
        assertThat(mailsTo(son.email()).get(1).subject()).isEqualTo(mailsTo(son.email()).get(0).subject());
        assertThat(expect(as(organiser).get("/api/messages/pending"), 200)).isEmpty();
    }

    /** Publishes the class and the trainee and waits until the service knows the trainee. */
    private TraineeRegistered known(TraineeRegistered trainee, ClassOpened klass) {
        events.publish(klass);
        events.publish(trainee);
        await().atMost(PATIENCE).until(() -> as(DEPARTMENT_OF_CONSTRUCTION)
                .get("/api/trainees/" + trainee.traineeId() + "/preferences").statusCode() == 200);
        return trainee;
    }
}
