package org.trainingplatform.enrolment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.trainingplatform.enrolment.EnrolmentApi.DEPUTY_DIRECTOR;
import static org.trainingplatform.enrolment.EnrolmentApi.JSON;
import static org.trainingplatform.enrolment.EnrolmentApi.expect;

/**
 * Malformed and hostile input at every endpoint: each gets an RFC 9457 problem naming what is wrong,
 * and nothing in the database changes.
 */
@PlatformIntegrationTest
class BadInputIT {

    static final String AGENCY = "hanoi-home-affairs";
    static final String OTHER = "dong-da-district";
    static final String HUGE = "x".repeat(1_100_000);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    Http api;
    String programme;
    String klass;
    String trainee;
    String othersTrainee;
    String othersClass;

    @BeforeEach
    void records() {
        EnrolmentApi agency = EnrolmentApi.as(port, AGENCY);
        EnrolmentApi other = EnrolmentApi.as(port, OTHER);
        agency.describeAgency("Sở Nội vụ Hà Nội");
        other.describeAgency("Quận ủy Đống Đa");
        api = agency.http();
        programme = agency.createProgramme("Chương trình 1");
        klass = agency.draftClass(programme, "Lớp 1", List.of(), List.of(), List.of(DEPUTY_DIRECTOR), 30, "{}", true);
        agency.open(klass);
        trainee = agency.registerTrainee("Nguyễn Văn An", DEPUTY_DIRECTOR, null);
        othersTrainee = other.registerTrainee("Trần Thị Bình", DEPUTY_DIRECTOR, null);
        othersClass = other.draftClass(other.createProgramme("Khác"), "Lớp khác", List.of(), List.of(),
                List.of(), 10, "{}", true);
    }

    @Test
    void everyEndpointAnswersBadInputWithAProblemAndChangesNothing() {
        Map<String, Object> before = state();
        String classes = "/api/classes/" + klass;
        List<Case> cases = new ArrayList<>(List.of(
                // agencies
                post("PUT", "/api/agencies/me", "{}", 400, "name"),
                post("PUT", "/api/agencies/me", "{\"name\":\"A\",\"kind\":\"EMBASSY\"}", 400, "kind"),
                post("PUT", "/api/agencies/me", "{\"name\":\"A\",\"kind\":\"ACADEMY\",\"country\":\"Viet Nam\"}", 400, "country"),
                // trainees
                post("POST", "/api/trainees", "{}", 400, "fullName"),
                post("POST", "/api/trainees", "{\"fullName\":\"A\",\"position\":\"B\",\"phone\":\"12\"}", 400, "phone"),
                post("POST", "/api/trainees", "{\"fullName\":\"A\",\"position\":\"B\",\"email\":\"nope\"}", 400, "email"),
                post("POST", "/api/trainees", "{\"fullName\":\"A\",\"position\":\"B\"}", 400, "personnelCode"),
                post("POST", "/api/trainees", "{\"fullName\":\"A\",\"position\":\"B\",\"email\":\"a@b.vn\",\"preferredLanguage\":\"fr\"}", 400, "preferredLanguage"),
                post("POST", "/api/trainees", "{\"fullName\":[1],\"position\":\"B\"}", 400, "fullName"),
                post("POST", "/api/trainees", "{\"fullName\":\"" + "Ă".repeat(121) + "\",\"position\":\"B\",\"email\":\"a@b.vn\"}", 400, "fullName"),
                post("POST", "/api/trainees", "[\"not an object\"]", 400, null),
                post("POST", "/api/trainees", "{\"fullName\":\"" + HUGE + "\"}", 413, "payload-too-large"),
                post("GET", "/api/trainees?page=first", null, 400, "page"),
                post("GET", "/api/trainees/" + othersTrainee, null, 404, "not-found"),
                post("PATCH", "/api/trainees/" + trainee + "/contact", "{\"phone\":\"not a phone\"}", 400, "phone"),
                post("PATCH", "/api/trainees/" + trainee + "/contact", "{\"preferredLanguage\":\"de\"}", 400, "preferredLanguage"),
                post("PATCH", "/api/trainees/" + othersTrainee + "/contact", "{\"email\":\"a@b.vn\"}", 404, "not-found"),
                post("GET", "/api/trainees/" + othersTrainee + "/transcript", null, 404, "not-found"),
                // programmes
                post("POST", "/api/programmes", "{\"title\":\"\"}", 400, "title"),
                post("POST", "/api/programmes", "{\"title\":\"" + "t".repeat(301) + "\"}", 400, "title"),
                // classes
                post("POST", "/api/programmes/" + programme + "/classes", "{}", 400, "capacity"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"capacity\":\"thirty\""), 400, "capacity"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"capacity\":0"), 400, "capacity"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"startDate\":\"8/8/2022\""), 400, "startDate"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"endDate\":\"2022-08-01\""), 422, "invalid-dates"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"timeZone\":\"Hanoi\""), 422, "unknown-time-zone"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"coOrganiserAgencyIds\":[\"no-such-agency\"]"), 422, "unknown-agency"),
                post("POST", "/api/programmes/" + programme + "/classes", classPlan("\"seatQuotas\":{\"" + OTHER + "\":5}"), 422, "quota-for-stranger"),
                post("POST", "/api/programmes/" + UUID.randomUUID() + "/classes", classPlan(""), 404, "not-found"),
                post("PUT", classes, classPlan(""), 409, "illegal-transition"),
                post("POST", classes + "/start", "", 409, "illegal-transition"),
                post("POST", classes + "/open", "", 409, "illegal-transition"),
                post("POST", classes + "/cancel", "{}", 400, "reason"),
                post("POST", classes + "/reschedule", "{\"startDate\":\"2022-08-08\"}", 400, "endDate"),
                post("POST", classes + "/capacity", "{\"capacity\":-1}", 400, "capacity"),
                post("POST", "/api/classes/" + othersClass + "/open", "", 404, "not-found"),
                post("GET", "/api/classes/" + othersClass, null, 404, "not-found"),
                // nominations
                post("POST", classes + "/nominations", "{}", 400, "traineeId"),
                post("POST", classes + "/nominations", "{\"traineeId\":" + "1" + "}", 404, "not-found"),
                post("POST", classes + "/nominations", "{\"traineeId\":\"" + othersTrainee + "\"}", 404, "not-found"),
                post("POST", classes + "/nominations/bulk", "{\"traineeIds\":[]}", 400, "traineeIds"),
                post("POST", classes + "/nominations/bulk", "{\"traineeIds\":\"" + trainee + "\"}", 400, "traineeIds"),
                post("POST", classes + "/nominations/bulk", "{\"traineeIds\":[\"" + trainee + "\",\"" + othersTrainee + "\"]}", 404, "not-found"),
                post("POST", classes + "/nominations/" + trainee + "/approve", "", 404, "not-found"),
                post("POST", classes + "/nominations/" + trainee + "/withdraw", "{\"reason\":\"\"}", 400, "reason"),
                post("POST", "/api/classes/" + othersClass + "/nominations", "{\"traineeId\":\"" + trainee + "\"}", 404, "not-found"),
                post("GET", "/api/classes/" + othersClass + "/roster", null, 404, "not-found")));

        assertSoftly(softly -> {
            for (Case c : cases) {
                HttpResponse<String> response = c.send().apply(api);
                softly.assertThat(response.statusCode()).as(c.name() + " " + response.body()).isEqualTo(c.status());
                softly.assertThat(response.headers().firstValue("Content-Type")).as(c.name())
                        .hasValue("application/problem+json");
                if (c.mentions() != null) {
                    softly.assertThat(response.body()).as(c.name()).contains(c.mentions());
                }
            }
        });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aRetriedPostWithAnIdempotencyKeyTakesEffectOnceAndWithoutOneADuplicateIsRefused() {
        String key = UUID.randomUUID().toString();
        String body = "{\"personnelCode\":\"" + key + "\",\"fullName\":\"Đỗ Văn Hải\",\"position\":\"" + DEPUTY_DIRECTOR + "\"}";
        Http withKey = api.header("Idempotency-Key", key);

        JsonNode first = expect(withKey.post("/api/trainees", body), 201);
        HttpResponse<String> retried = withKey.post("/api/trainees", body);
        HttpResponse<String> duplicate = api.post("/api/trainees", body);

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(retried.body()).get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("trainee-already-registered", first.get("id").asString());

        String nominationKey = UUID.randomUUID().toString();
        String nomination = "{\"traineeId\":\"" + trainee + "\"}";
        Http nominating = api.header("Idempotency-Key", nominationKey);
        expect(nominating.post("/api/classes/" + klass + "/nominations", nomination), 201);
        assertThat(nominating.post("/api/classes/" + klass + "/nominations", nomination).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/classes/" + klass + "/nominations", nomination).body()).contains("already-nominated");
        assertThat(EnrolmentApi.as(port, AGENCY).roster(klass).get("total").get("enrolled").asInt()).isEqualTo(1);
    }

    /** What a user could see change: the number of records, and the class, its roster and the trainee as read. */
    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String collection : List.of("agencies", "trainees", "programmes", "classes")) {
            state.put(collection, mongo.getCollection(collection).countDocuments());
        }
        state.put("class", api.get("/api/classes/" + klass).body());
        state.put("roster", api.get("/api/classes/" + klass + "/roster").body());
        state.put("trainee", api.get("/api/trainees/" + trainee).body());
        return state;
    }

    private static String classPlan(String override) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("\"title\"", "\"Lớp\"", "\"capacity\"", "10",
                "\"startDate\"", "\"2022-08-08\"", "\"endDate\"", "\"2022-08-12\""));
        if (!override.isEmpty()) {
            String name = override.substring(0, override.indexOf(':'));
            fields.put(name, override.substring(override.indexOf(':') + 1));
        }
        return "{" + String.join(",", fields.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList()) + "}";
    }

    private static Case post(String method, String path, String body, int status, String mentions) {
        Function<Http, HttpResponse<String>> send = switch (method) {
            case "GET" -> http -> http.get(path);
            case "PUT" -> http -> http.put(path, body);
            case "PATCH" -> http -> http.patch(path, body);
            default -> http -> http.post(path, body);
        };
        return new Case(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " " + abbreviate(body), send, status, mentions);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }

    record Case(String name, Function<Http, HttpResponse<String>> send, int status, String mentions) {
    }
}
