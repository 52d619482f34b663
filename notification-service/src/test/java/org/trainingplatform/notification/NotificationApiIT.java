package org.trainingplatform.notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * The read side and its commands, as agencies call them: each agency sees its own trainees' messages
 * and the messages it sends, another agency's ids answer 404, a call without a token 401, bad input a
 * problem naming the field; and an organiser re-sends a failed message once the trainee's number is fixed.
 */
class NotificationApiIT extends NotificationIntegrationTest {

    static final String STRANGER = "tien-giang-construction";

    ClassOpened klass;
    TraineeRegistered trainee;
    String messageId;

    @BeforeEach
    void aSentMessage() {
        klass = S1.classOpened(HOME_AFFAIRS);
        trainee = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Nguyễn Văn An", "vi");
        events.publish(klass);
        events.publish(trainee);
        events.publish(S1.enrolled(klass, trainee));
        messageId = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, trainee.traineeId(), "EMAIL", "SENT").get("id").asString();
    }

    @Test
    void eachAgencySeesItsTraineesMessagesAndTheMessagesItSendsAndNothingElse() {
        Http traineesAgency = as(DEPARTMENT_OF_CONSTRUCTION);
        Http organiser = as(HOME_AFFAIRS);
        Http stranger = as(STRANGER);
        String messages = "/api/trainees/" + trainee.traineeId() + "/messages";
        String deliveries = "/api/classes/" + klass.classId() + "/deliveries";

        assertThat(expect(traineesAgency.get(messages), 200).findValuesAsString("id")).contains(messageId);
        assertThat(expect(organiser.get(deliveries), 200).get("messages").findValuesAsString("id")).contains(messageId);
        assertThat(expect(organiser.get("/api/messages/" + messageId), 200).get("status").asString()).isEqualTo("SENT");
        assertThat(expect(traineesAgency.get("/api/messages/" + messageId), 200).get("status").asString()).isEqualTo("SENT");

        assertSoftly(soft -> {
            soft.assertThat(stranger.get(messages).statusCode()).isEqualTo(404);
            soft.assertThat(organiser.get(messages).statusCode()).as("the trainee is not the organiser's").isEqualTo(404);
            soft.assertThat(stranger.get(deliveries).statusCode()).isEqualTo(404);
            soft.assertThat(traineesAgency.get(deliveries).statusCode()).as("only the organiser's log").isEqualTo(404);
            soft.assertThat(stranger.get("/api/messages/" + messageId).statusCode()).isEqualTo(404);
            soft.assertThat(stranger.post("/api/messages/" + messageId + "/resend", "").statusCode()).isEqualTo(404);
            soft.assertThat(stranger.get("/api/trainees/" + trainee.traineeId() + "/preferences").statusCode()).isEqualTo(404);
            soft.assertThat(stranger.put("/api/trainees/" + trainee.traineeId() + "/preferences",
                    "{\"emailOptOut\":true,\"smsOptOut\":true}").statusCode()).isEqualTo(404);
            soft.assertThat(expect(stranger.get("/api/messages/pending"), 200).findValuesAsString("id")).doesNotContain(messageId);
            soft.assertThat(stranger.get("/api/classes/no-such-class/deliveries").statusCode()).isEqualTo(404);
        });
        JsonNode problem = expect(stranger.get(messages), 404);
        assertThat(problem.get("code").asString()).isEqualTo("not-found");
    }

    @Test
    void everyEndpointWantsAnAgencyToken() {
        Http anonymous = Http.at(port);
        Http noAgency = Http.at(port).withToken(TestTokens.withoutAgency());
        for (String path : List.of("/api/trainees/t/messages", "/api/classes/c/deliveries", "/api/messages/pending",
                "/api/messages/m", "/api/channels", "/api/trainees/t/preferences")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(noAgency.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(anonymous.post("/api/messages/m/resend", "").statusCode()).isEqualTo(401);
        assertThat(anonymous.put("/api/channels", "{}").statusCode()).isEqualTo(401);
        JsonNode problem = expect(anonymous.get("/api/messages/pending"), 401);
        assertThat(problem.get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void badInputIsAnsweredWithAProblemNamingTheField() {
        Http api = as(HOME_AFFAIRS);
        assertThat(fields(api.put("/api/channels",
                "{\"smtp\":{\"host\":\"\",\"port\":70000,\"fromAddress\":\"not-an-address\"}}")))
                .containsExactlyInAnyOrder("smtp.host", "smtp.port", "smtp.fromAddress");
        assertThat(fields(api.put("/api/channels", "{\"sms\":{\"url\":\"ftp://sms.example.vn\",\"apiKey\":\"k\"}}")))
                .containsExactly("sms.url");
        assertThat(fields(api.put("/api/channels", "{\"quietHours\":{\"start\":\"25:00\",\"end\":\"07:00\"}}")))
                .containsExactly("quietHours.start");
        assertThat(fields(api.put("/api/channels", "{\"smsWithoutDiacritics\":\"yes\"}"))).containsExactly("smsWithoutDiacritics");
        assertThat(expect(api.put("/api/channels", "{not json"), 400).get("detail").asString()).startsWith("The body is not valid JSON");
        assertThat(fields(as(DEPARTMENT_OF_CONSTRUCTION).put("/api/trainees/" + trainee.traineeId() + "/preferences",
                "{\"emailOptOut\":true}"))).containsExactly("smsOptOut");
        assertThat(fields(api.get("/api/messages/pending?limit=0"))).containsExactly("limit");
        assertThat(fields(api.get("/api/messages/pending?limit=many"))).containsExactly("limit");

        JsonNode notResendable = expect(api.post("/api/messages/" + messageId + "/resend", ""), 409);
        assertThat(notResendable.get("code").asString()).isEqualTo("not-resendable");
        assertThat(notResendable.get("detail").asString()).contains("this one is SENT");
    }

    @Test
    void anOrganiserReSendsAFailedSmsOnceTheTraineesNumberIsFixed() {
        TraineeRegistered binh = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Trần Thị Bình", "vi");
        TraineeRegistered wrongNumber = new TraineeRegistered(binh.traineeId(), binh.agencyId(), binh.fullName(),
                binh.position(), binh.unit(), null, binh.email(), "0912-345-678", "vi");
        events.publish(wrongNumber);
        events.publish(S1.enrolled(klass, binh));
        JsonNode failed = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, binh.traineeId(), "SMS", "FAILED");

        events.publish(new TraineeContactChanged(binh.traineeId(), binh.agencyId(), binh.email(), binh.phone(), "vi"));
        // the organiser re-sends once the corrected number has reached this service
        await().atMost(PATIENCE).until(() -> {
            JsonNode resent = expect(as(HOME_AFFAIRS).post("/api/messages/" + failed.get("id").asString() + "/resend", ""), 202);
            return !resent.get("status").asString().equals("FAILED");
        });

        await().atMost(PATIENCE).until(() -> smsTo(binh.phone()).size() == 1);
        JsonNode sent = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, binh.traineeId(), "SMS", "SENT");
        assertThat(sent.get("recipient").asString()).isEqualTo(binh.phone());
        assertThat(sent.get("resends").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(sent.get("attempts").findValuesAsString("outcome")).startsWith("REFUSED").endsWith("ACCEPTED");
    }

    private static List<String> fields(java.net.http.HttpResponse<String> response) {
        JsonNode problem = expect(response, 400);
        assertThat(problem.get("type").asString()).isEqualTo("https://trainingplatform.org/problems/invalid-request");
        return problem.get("errors").findValuesAsString("field");
    }
}
