package org.trainingplatform.scheduling;

import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Classes made known to scheduling the way enrolment-service announces them, and the scheduling API. */
final class Scenario {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Scenario() {
    }

    /** Publishes a class opened by the organiser, with the given number of enrolled trainees; returns their ids. */
    static List<String> openClass(EventProducer events, int port, String classId, String organiser, List<String> coOrganisers,
                                  List<String> nominators, LocalDate start, LocalDate end, String zone, int enrolled) {
        events.publish(new ClassOpened(classId, organiser, "programme-" + classId, "Chương trình", "Lớp " + classId,
                coOrganisers, nominators, List.of(), 500, start, end, "Hà Nội", zone));
        List<String> trainees = new ArrayList<>();
        for (int i = 0; i < enrolled; i++) {
            String trainee = UUID.randomUUID().toString();
            trainees.add(trainee);
            events.publish(new TraineeEnrolled(classId, organiser, trainee, nominators.isEmpty() ? organiser : nominators.get(i % nominators.size())));
        }
        await().untilAsserted(() -> assertThat(Http.at(port).as(organiser).get("/api/classes/" + classId + "/attendance").body())
                .contains(enrolled == 0 ? "[" : trainees.get(trainees.size() - 1)));
        return trainees;
    }

    static String venue(int port, String agency, String name, int capacity, String country) {
        return expect(Http.at(port).as(agency).post("/api/venues",
                "{\"name\":\"" + name + "\",\"capacity\":" + capacity + ",\"country\":\"" + country + "\"}"), 201).get("id").asString();
    }

    static String lecturer(int port, String agency, String name) {
        return expect(Http.at(port).as(agency).post("/api/lecturers",
                "{\"fullName\":\"" + name + "\",\"honorific\":\"PGS.TS.\",\"organisation\":\"Bộ Xây dựng\",\"phone\":\"0912 345 678\"}"), 201).get("id").asString();
    }

    static String session(String kind, String title, String start, String end, String venue, List<String> lecturers) {
        return JSON.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {{
            put("kind", kind);
            put("title", title);
            put("start", start);
            put("end", end);
            put("venueId", venue);
            put("lecturerIds", lecturers);
        }});
    }

    static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
