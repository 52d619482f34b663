package org.trainingplatform.assessment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.trainingplatform.assessment.roster.ClassRecords;
import org.trainingplatform.events.enrolment.AgencyProfileChanged;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.scheduling.AttendanceRecorded;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Reference scenario S4: the closing of class 2 for pipeline officials of district standing
 * committees. 256 trainees complete it; over 98 % are classified good or above, nearly 60 % very good
 * or excellent; 22 outstanding trainees receive certificates of merit. Every trainee's result is
 * published once, and a person can open a certificate and verify it.
 */
@PlatformIntegrationTest
class S4ResultsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BOARD = "hanoi-organisation-board";
    static final String BOARD_NAME = "Ban Tổ chức Thành ủy Hà Nội";
    static final List<String> DISTRICTS = List.of("ba-dinh-district", "dong-da-district", "hoan-kiem-district");

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ClassRecords classRecords;

    EventProducer events;

    @BeforeEach
    void connect() {
        events = new EventProducer(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void closingS4ReproducesItsFiguresAwardsMeritAndIssuesVerifiableCertificates() throws Exception {
        String klass = UUID.randomUUID().toString();
        List<String> trainees = s4Class(klass, 256, 5);
        Http board = Http.at(port).as(BOARD);
        expect(board.put("/api/classes/" + klass + "/grading-scheme", """
                {"components":[{"code":"final-essay","name":"Bài thu hoạch","weight":70},
                               {"code":"participation","name":"Chuyên cần, thảo luận","weight":30}],
                 "bands":{"excellent":9.0,"veryGood":8.0,"good":7.0,"average":5.0},
                 "completion":{"attendanceThreshold":0.8,"minimumFinalScore":5.0}}"""), 200);

        StringBuilder sheet = new StringBuilder("traineeId,fullName,final-essay,participation\n");
        for (int i = 0; i < trainees.size(); i++) {
            String score = score(i);
            sheet.append(trainees.get(i)).append(",Cán bộ ").append(i).append(',').append(score).append(',').append(score).append('\n');
        }
        byte[] csv = sheet.toString().getBytes(StandardCharsets.UTF_8);
        JsonNode imported = expect(board.post("/api/classes/" + klass + "/grades/import", "text/csv", csv), 200);
        assertThat(imported.get("rowsWithChanges").asInt()).isEqualTo(256);
        JsonNode again = expect(board.post("/api/classes/" + klass + "/grades/import", "text/csv", csv), 200);
        assertThat(again.get("unchangedRows").asInt()).isEqualTo(256);

        JsonNode results = expect(board.post("/api/classes/" + klass + "/results/close", ""), 200);
        JsonNode statistics = results.get("statistics");
        assertThat(statistics.get("rosterSize").asInt()).isEqualTo(256);
        assertThat(statistics.get("completed").asInt()).isEqualTo(256);
        assertThat(statistics.get("goodOrAboveShare").asDouble()).isGreaterThan(0.98);
        assertThat(statistics.get("veryGoodOrExcellentShare").asDouble()).isBetween(0.55, 0.60);
        assertThat(results.get("perNominatingAgency")).hasSize(3);
        assertThat(expect(board.post("/api/classes/" + klass + "/results/close", ""), 409).get("code").asString())
                .isEqualTo("already-closed");

        JsonNode proposal = expect(board.post("/api/classes/" + klass + "/merit/proposal", "{\"topN\":22}"), 200);
        assertThat(proposal).hasSize(22);
        assertThat(proposal.get(0).get("finalScore").decimalValue()).isEqualByComparingTo("9.90");
        JsonNode awarded = expect(board.post("/api/classes/" + klass + "/merit/confirm",
                JSON.writeValueAsString(java.util.Map.of("traineeIds", proposal.findValuesAsString("traineeId")))), 200);
        assertThat(awarded.findValuesAsString("meritRank")).hasSize(22);

        try (var topic = new TopicReader(bootstrapServers, "assessment-events")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.records(r -> klass.equals(r.key())).size() >= 256 * 2 + 1 + 22 + 512);
            List<ConsumerRecord<String, byte[]>> published = topic.records(r -> klass.equals(r.key()));
            assertThat(count(published, "course-completed")).isEqualTo(256);
            assertThat(count(published, "certificate-issued")).isEqualTo(256);
            assertThat(count(published, "merit-awarded")).isEqualTo(22);
            assertThat(count(published, "class-results-published")).isEqualTo(1);
            assertThat(published.stream().map(r -> header(r, "ce_id")).distinct()).hasSize(published.size());
        }

        JsonNode first = results.get("trainees").get(0);
        String number = first.get("certificate").get("number").asString();
        String code = first.get("certificate").get("verificationCode").asString();
        HttpResponse<String> page = Http.at(port).header("Accept", "text/html").get("/certificates/verify/" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hợp lệ", number, "Cán bộ 0", "<dt>Đơn vị tổ chức</dt><dd>" + BOARD_NAME + "</dd>")
                .doesNotContain("+84", "@", BOARD);
        HttpResponse<String> pdf = board.get("/api/certificates/" + number + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(Http.at(port).as("tien-giang-construction").get("/api/certificates/" + number + "/pdf").statusCode()).isEqualTo(404);
        JsonNode certificate = expect(Http.at(port).as(first.get("nominatingAgencyId").asString()).get("/api/certificates/" + number), 200);
        assertThat(certificate.get("organisers").valueStream().map(JsonNode::asString)).containsExactly(BOARD_NAME);

        expect(board.post("/api/certificates/" + number + "/revoke", "{\"reason\":\"Cấp nhầm đối tượng\"}"), 200);
        JsonNode verification = expect(Http.at(port).header("Accept", "application/json").get("/certificates/verify/" + code), 200);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("revoked").asBoolean()).isTrue();
        assertThat(Http.at(port).get("/certificates/verify/NOSUCHCODE").statusCode()).isEqualTo(404);
    }

    @Test
    void traineesWhoMissTheRulesAreNotCompletedWithTheirReasons() {
        String klass = UUID.randomUUID().toString();
        List<String> trainees = s4Class(klass, 3, 5);
        events.publish(new AttendanceRecorded(klass, BOARD, "session-" + klass + "-0", trainees.get(0), "ABSENT", true, 4, 5, 0.8));
        events.publish(new AttendanceRecorded(klass, BOARD, "session-" + klass + "-1", trainees.get(0), "ABSENT", true, 3, 5, 0.6));
        Http board = Http.at(port).as(BOARD);
        await().atMost(Duration.ofSeconds(30)).until(() -> attendanceCount(klass, trainees.get(0)) == 3);
        expect(board.put("/api/classes/" + klass + "/grades/" + trainees.get(0), "{\"component\":\"final-essay\",\"score\":8}"), 200);
        expect(board.put("/api/classes/" + klass + "/grades/" + trainees.get(2), "{\"component\":\"final-essay\",\"score\":4.5}"), 200);

        JsonNode results = expect(board.post("/api/classes/" + klass + "/results/close", ""), 200);
        JsonNode byTrainee = JSON.createObjectNode();
        results.get("trainees").forEach(t -> ((tools.jackson.databind.node.ObjectNode) byTrainee).set(t.get("traineeId").asString(), t));
        assertThat(byTrainee.get(trainees.get(0)).get("reasons").get(0).asString()).contains("Tham dự 3/5 buổi (60%)");
        assertThat(byTrainee.get(trainees.get(1)).get("reasons").get(0).asString()).isEqualTo("Chưa có điểm Bài thu hoạch");
        assertThat(byTrainee.get(trainees.get(2)).get("reasons").get(0).asString()).contains("Điểm tổng kết 4,50");
        assertThat(results.get("statistics").get("completed").asInt()).isZero();
    }

    @Test
    void redeliveredAndWithdrawnEnrolmentsKeepTheRosterRight() {
        String klass = UUID.randomUUID().toString();
        List<String> trainees = s4Class(klass, 2, 1);
        String late = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        events.publish(new TraineeEnrolled(klass, BOARD, late, DISTRICTS.get(0)), eventId);
        events.publish(new TraineeEnrolled(klass, BOARD, late, DISTRICTS.get(0)), eventId);
        events.publish(new EnrolmentWithdrawn(klass, BOARD, trainees.get(0), DISTRICTS.get(0), "ENROLLED", "Nghỉ hưu"));

        await().untilAsserted(() -> assertThat(rosterOf(klass, BOARD)).containsExactlyInAnyOrder(trainees.get(1), late));
        assertThat(mongo.count(Query.query(Criteria.where("classId").is(klass)), "class_enrolees")).isEqualTo(2);
    }

    @Test
    void aRosterKeptAsOneArrayByAnEarlierVersionIsMovedToItsEnroleesBeforeTheConsumersStart() {
        String klass = UUID.randomUUID().toString();
        s4Class(klass, 1, 1);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(klass)), new Update().set("enrolled", List.of(
                new Document("traineeId", first).append("nominatingAgencyId", DISTRICTS.get(1)),
                new Document("traineeId", second).append("nominatingAgencyId", DISTRICTS.get(2)))), "class_records");

        classRecords.afterSingletonsInstantiated();

        assertThat(rosterOf(klass, BOARD)).hasSize(3).contains(first, second);
        assertThat(rosterOf(klass, DISTRICTS.get(1))).containsExactly(first);
        assertThat(mongo.findById(klass, Document.class, "class_records")).doesNotContainKey("enrolled");
    }

    /** The trainees on the class's roster, as the agency sees them. */
    private List<String> rosterOf(String klass, String agency) {
        JsonNode attendance = expect(Http.at(port).as(agency).get("/api/classes/" + klass + "/attendance"), 200);
        return attendance.propertyNames().stream().toList();
    }

    /** A class with its roster, names and sessions as enrolment and scheduling publish them; everyone attended every session. */
    private List<String> s4Class(String klass, int size, int sessions) {
        events.publish(new AgencyProfileChanged(BOARD, BOARD_NAME, "Hanoi Party Committee's Organisation Board",
                "PARTY_COMMITTEE", "VN"));
        events.publish(new ClassOpened(klass, BOARD, "programme-s4", "Bồi dưỡng cán bộ quy hoạch Ban Thường vụ quận ủy, nhiệm kỳ 2025-2030",
                "Lớp 2", List.of(), DISTRICTS, List.of("Bí thư quận ủy"), 256, LocalDate.of(2025, 10, 6), LocalDate.of(2025, 11, 4),
                "Trường Đào tạo cán bộ Lê Hồng Phong", "Asia/Ho_Chi_Minh"));
        List<String> trainees = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String trainee = UUID.randomUUID().toString();
            trainees.add(trainee);
            String district = DISTRICTS.get(i % DISTRICTS.size());
            events.publish(new TraineeRegistered(trainee, district, "Cán bộ " + i, "Bí thư quận ủy", null, null, null, null, "vi"));
            events.publish(new TraineeEnrolled(klass, BOARD, trainee, district));
        }
        for (int s = 0; s < sessions; s++) {
            String session = "session-" + klass + "-" + s;
            Instant start = Instant.parse("2025-10-06T01:00:00Z").plus(Duration.ofDays(s));
            events.publish(new SessionScheduled(klass, BOARD, session, "LECTURE", "Chuyên đề " + s, start,
                    start.plus(Duration.ofHours(3)), "Asia/Ho_Chi_Minh", null, null, List.of(), 0));
            for (String trainee : trainees) {
                events.publish(new AttendanceRecorded(klass, BOARD, session, trainee, "PRESENT", false, s + 1, sessions,
                        (s + 1.0) / sessions));
            }
        }
        String last = trainees.get(trainees.size() - 1);
        await().atMost(Duration.ofSeconds(90)).until(() -> attendanceCount(klass, last) == sessions
                && mongo.exists(Query.query(Criteria.where("_id").is(BOARD)), "agency_names"));
        return trainees;
    }

    /** How many sessions assessment knows the trainee attended, once it knows the class at all. */
    private int attendanceCount(String klass, String trainee) {
        HttpResponse<String> response = Http.at(port).as(BOARD).get("/api/classes/" + klass + "/attendance");
        return response.statusCode() != 200 ? -1 : JSON.readTree(response.body()).path(trainee).path("attended").asInt(-1);
    }

    /** 40 excellent (9.0–9.9), 113 very good, 99 good, 4 average: 98.4 % good or above, 59.8 % very good or excellent. */
    private static String score(int i) {
        if (i < 40) {
            return "9." + (i % 10);
        }
        if (i < 153) {
            return "8." + (i % 10);
        }
        return i < 252 ? "7." + (i % 10) : "6.5";
    }

    private static long count(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(r -> header(r, "ce_type").contains("." + type + ".")).count();
    }

    private static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
