package org.trainingplatform.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.trainingplatform.scheduling.Scenario.expect;
import static org.trainingplatform.scheduling.Scenario.session;

/** Scheduling is scoped to the caller's agency, and bad input gets a problem naming what is wrong, changing nothing. */
@PlatformIntegrationTest
class SchedulingBadInputIT {

    static final String ORGANISER = "hanoi-home-affairs";
    static final String STRANGER = "tien-giang-construction";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    EventProducer events;
    String klass;
    String session;
    String venue;
    List<String> trainees;

    @BeforeEach
    void classWithASession() {
        events = new EventProducer(bootstrapServers);
        klass = UUID.randomUUID().toString();
        trainees = Scenario.openClass(events, port, klass, ORGANISER, List.of(), List.of("ba-dinh-district"),
                LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), "Asia/Ho_Chi_Minh", 2);
        venue = Scenario.venue(port, ORGANISER, "Phòng họp 1", 30, "VN");
        session = expect(Http.at(port).as(ORGANISER).post("/api/classes/" + klass + "/sessions",
                session("LECTURE", "Chuyên đề 1", "2022-08-08T08:00", "2022-08-08T11:00", venue, List.of())), 201).get("id").asString();
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void anotherAgencySeesNothingOfTheClassAndCannotChangeItAndWithoutATokenNothingIsAnswered() {
        Http stranger = Http.at(port).as(STRANGER);
        String classes = "/api/classes/" + klass;
        assertThat(stranger.get(classes + "/timetable").statusCode()).isEqualTo(404);
        assertThat(stranger.get(classes + "/timetable.ics").statusCode()).isEqualTo(404);
        assertThat(stranger.get(classes + "/timetable/feed").statusCode()).isEqualTo(404);
        assertThat(stranger.get(classes + "/attendance").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/trainees/" + trainees.get(0) + "/timetable").statusCode()).isEqualTo(404);
        assertThat(stranger.post(classes + "/sessions", session("LECTURE", "X", "2022-08-09T08:00", "2022-08-09T09:00", null, List.of()))
                .statusCode()).isEqualTo(404);
        assertThat(stranger.post(classes + "/sessions/" + session + "/cancel", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(stranger.put(classes + "/sessions/" + session + "/attendance",
                "{\"records\":[{\"traineeId\":\"" + trainees.get(0) + "\",\"status\":\"PRESENT\"}]}").statusCode()).isEqualTo(404);
        assertThat(stranger.put("/api/venues/" + venue, "{\"name\":\"Đổi tên\",\"capacity\":10}").statusCode()).isEqualTo(403);
        assertThat(Http.at(port).get(classes + "/timetable").statusCode()).isEqualTo(401);
        assertThat(Http.at(port).get("/api/venues").statusCode()).isEqualTo(401);

        Http nominator = Http.at(port).as("ba-dinh-district");
        assertThat(nominator.get(classes + "/timetable").statusCode()).isEqualTo(200);
        assertThat(nominator.post(classes + "/sessions", session("LECTURE", "X", "2022-08-09T08:00", "2022-08-09T09:00", null, List.of()))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        Http api = Http.at(port).as(ORGANISER);
        String classes = "/api/classes/" + klass;
        String before = api.get(classes + "/timetable").body();
        List<Case> cases = List.of(
                new Case(http -> http.post(classes + "/sessions", "{}"), 400, "kind"),
                new Case(http -> http.post(classes + "/sessions", session("PARTY", "X", "2022-08-09T08:00", "2022-08-09T09:00", null, List.of())), 400, "one of"),
                new Case(http -> http.post(classes + "/sessions", session("LECTURE", "X", "tomorrow", "2022-08-09T09:00", null, List.of())), 400, "start"),
                new Case(http -> http.post(classes + "/sessions", session("LECTURE", "X", "2022-08-09T10:00", "2022-08-09T09:00", null, List.of())), 422, "end-before-start"),
                new Case(http -> http.post(classes + "/sessions", session("LECTURE", "X", "2022-09-09T08:00", "2022-09-09T09:00", null, List.of())), 422, "outside-class-dates"),
                new Case(http -> http.post(classes + "/sessions", session("LECTURE", "X", "2022-08-09T08:00", "2022-08-09T09:00", "no-such-venue", List.of())), 404, "Venue"),
                new Case(http -> http.post(classes + "/sessions", session("LECTURE", "X", "2022-08-09T08:00", "2022-08-09T09:00", null, List.of("no-such-lecturer"))), 404, "Lecturer"),
                new Case(http -> http.post(classes + "/sessions", "{\"kind\":\"LECTURE\",\"title\":\"" + "x".repeat(2_000_000) + "\"}"), 413, "payload-too-large"),
                new Case(http -> http.post("/api/classes/" + UUID.randomUUID() + "/sessions", session("LECTURE", "X", "2022-08-09T08:00", "2022-08-09T09:00", null, List.of())), 404, "Class"),
                new Case(http -> http.put(classes + "/sessions/" + UUID.randomUUID(), session("LECTURE", "X", "2022-08-09T08:00", "2022-08-09T09:00", null, List.of())), 404, "Session"),
                new Case(http -> http.post(classes + "/sessions/" + session + "/cancel", "{}"), 400, "reason"),
                new Case(http -> http.post(classes + "/timetable/plan", "{\"days\":[{\"date\":\"2022-08-09\",\"sessions\":[{\"from\":\"8h\",\"to\":\"9h\",\"kind\":\"LECTURE\",\"title\":\"X\"}]}]}"), 400, "days[0].sessions[0].from"),
                new Case(http -> http.put(classes + "/sessions/" + session + "/attendance", "{\"records\":[{\"traineeId\":\"" + trainees.get(0) + "\",\"status\":\"ASLEEP\"}]}"), 400, "status"),
                new Case(http -> http.put(classes + "/sessions/" + session + "/attendance", "{\"records\":[]}"), 400, "records"),
                new Case(http -> http.post("/api/venues", "{\"name\":\"\",\"capacity\":0}"), 400, "capacity"),
                new Case(http -> http.post("/api/lecturers", "{\"fullName\":\"A\",\"email\":\"not an email\"}"), 400, "email"),
                new Case(http -> http.post("/api/lecturers", "{\"fullName\":\"A\",\"phone\":\"024 3825 1234\"}"), 400, "not a Vietnamese mobile number"));

        assertSoftly(softly -> cases.forEach(c -> {
            HttpResponse<String> response = c.call().apply(api);
            softly.assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
            softly.assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            softly.assertThat(response.body()).contains(c.mentions());
        }));
        assertThat(api.get(classes + "/timetable").body()).isEqualTo(before);
    }

    record Case(Function<Http, HttpResponse<String>> call, int status, String mentions) {
    }
}
