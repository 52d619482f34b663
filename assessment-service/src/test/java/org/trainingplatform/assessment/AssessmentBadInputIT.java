package org.trainingplatform.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/** Assessment is scoped to the caller's agency; bad input gets a problem naming what is wrong, and changes nothing. */
@PlatformIntegrationTest
class AssessmentBadInputIT {

    static final String ORGANISER = "hanoi-home-affairs";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    EventProducer events;
    String klass;
    String trainee;

    @BeforeEach
    void aClassWithOneTrainee() {
        events = new EventProducer(bootstrapServers);
        klass = UUID.randomUUID().toString();
        trainee = UUID.randomUUID().toString();
        events.publish(new ClassOpened(klass, ORGANISER, "p", "Chương trình", "Lớp", List.of(), List.of("ba-dinh-district"),
                List.of(), 30, LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), null, "Asia/Ho_Chi_Minh"));
        events.publish(new TraineeEnrolled(klass, ORGANISER, trainee, "ba-dinh-district"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Http.at(port).as(ORGANISER).get("/api/classes/" + klass + "/attendance").body().contains(trainee));
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        Http api = Http.at(port).as(ORGANISER);
        String classes = "/api/classes/" + klass;
        String scheme = api.get(classes + "/grading-scheme").body();
        List<Case> cases = List.of(
                new Case(http -> http.put(classes + "/grades/" + trainee, "{\"component\":\"final-essay\",\"score\":11}"), 400, "from 0 to 10"),
                new Case(http -> http.put(classes + "/grades/" + trainee, "{\"component\":\"final-essay\",\"score\":-0.5}"), 400, "from 0 to 10"),
                new Case(http -> http.put(classes + "/grades/" + trainee, "{\"component\":\"final-essay\",\"score\":\"tám\"}"), 400, "score"),
                new Case(http -> http.put(classes + "/grades/" + trainee, "{\"component\":\"field-report\",\"score\":8}"), 422, "unknown-component"),
                new Case(http -> http.put(classes + "/grades/someone-else", "{\"component\":\"final-essay\",\"score\":8}"), 422, "not-on-roster"),
                new Case(http -> http.put(classes + "/grading-scheme", """
                        {"components":[{"code":"final-essay","name":"Bài thu hoạch","weight":60},{"code":"participation","name":"Chuyên cần","weight":30}],
                         "bands":{"excellent":9,"veryGood":8,"good":7,"average":5},"completion":{"attendanceThreshold":0.8,"minimumFinalScore":5}}"""),
                        422, "weights-not-100"),
                new Case(http -> http.put(classes + "/grading-scheme", "{\"components\":[]}"), 400, "components"),
                new Case(http -> http.post(classes + "/grades/import", "text/csv", "name,score\nA,8\n".getBytes(StandardCharsets.UTF_8)), 422, "invalid-csv-header"),
                new Case(http -> http.post(classes + "/merit/proposal", "{\"topN\":3,\"minimumScore\":9}"), 400, "either topN or minimumScore"),
                new Case(http -> http.post(classes + "/merit/proposal", "{\"topN\":3}"), 404, "Results of class"),
                new Case(http -> http.post("/api/certificates/NO-SUCH/revoke", "{\"reason\":\"x\"}"), 404, "Certificate"));

        assertSoftly(softly -> cases.forEach(c -> {
            HttpResponse<String> response = c.call().apply(api);
            softly.assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
            softly.assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            softly.assertThat(response.body()).contains(c.mentions());
        }));
        assertThat(api.get(classes + "/grading-scheme").body()).isEqualTo(scheme);
        assertThat(api.get(classes + "/grades").body()).contains("\"" + trainee + "\":{}");
    }

    @Test
    void aSpreadsheetWithBadRowsKeepsTheGoodOnesAndReportsTheRest() {
        Http api = Http.at(port).as(ORGANISER);
        String csv = "traineeId,final-essay\n" + trainee + ",8.5\nnot-enrolled,9\n" + trainee + ",12\n";
        var report = api.post("/api/classes/" + klass + "/grades/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"rejectedRows\":2", "is not on the class's roster", "from 0 to 10");
        assertThat(api.get("/api/classes/" + klass + "/grades").body()).contains("8.5");
    }

    @Test
    void anotherAgencySeesNothingAndWithoutATokenNothingIsAnswered() {
        Http stranger = Http.at(port).as("tien-giang-construction");
        String classes = "/api/classes/" + klass;
        assertThat(stranger.get(classes + "/grades").statusCode()).isEqualTo(404);
        assertThat(stranger.get(classes + "/grading-scheme").statusCode()).isEqualTo(404);
        assertThat(stranger.put(classes + "/grades/" + trainee, "{\"component\":\"final-essay\",\"score\":8}").statusCode()).isEqualTo(404);
        assertThat(stranger.post(classes + "/results/close", "").statusCode()).isEqualTo(404);
        assertThat(stranger.get(classes + "/results").statusCode()).isEqualTo(404);
        assertThat(Http.at(port).get(classes + "/grades").statusCode()).isEqualTo(401);

        Http nominator = Http.at(port).as("ba-dinh-district");
        assertThat(nominator.get(classes + "/grades").statusCode()).isEqualTo(200);
        assertThat(nominator.put(classes + "/grades/" + trainee, "{\"component\":\"final-essay\",\"score\":8}").statusCode()).isEqualTo(403);
        assertThat(nominator.post(classes + "/results/close", "").statusCode()).isEqualTo(403);
    }

    record Case(Function<Http, HttpResponse<String>> call, int status, String mentions) {
    }
}
