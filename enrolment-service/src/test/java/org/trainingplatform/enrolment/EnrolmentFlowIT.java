package org.trainingplatform.enrolment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.enrolment.EnrolmentApi.DEPUTY_DIRECTOR;
import static org.trainingplatform.enrolment.EnrolmentApi.JSON;
import static org.trainingplatform.enrolment.EnrolmentApi.expect;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Reference scenario S1 (Hanoi, programme 2, class 2): the Department of Home Affairs organises with
 * the Academy of Managers for Construction and Cities; deputy directors of departments, heads of
 * project boards and officials in the pipeline for those posts are nominated, approved, waitlisted,
 * withdrawn and promoted, and every step is published once on {@code enrolment-events}.
 */
@PlatformIntegrationTest
class EnrolmentFlowIT {

    static final String HOME_AFFAIRS = "hanoi-home-affairs";
    static final String ACADEMY = "academy-construction";
    static final String BA_DINH = "ba-dinh-district";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    EnrolmentApi homeAffairs;
    EnrolmentApi academy;

    @BeforeEach
    void agencies() {
        homeAffairs = EnrolmentApi.as(port, HOME_AFFAIRS);
        academy = EnrolmentApi.as(port, ACADEMY);
        homeAffairs.describeAgency("Sở Nội vụ Hà Nội");
        academy.describeAgency("Học viện Cán bộ quản lý xây dựng và đô thị");
        EnrolmentApi.as(port, BA_DINH).describeAgency("Quận ủy Ba Đình");
    }

    @Test
    void s1ClassFromNominationToPromotionPublishesEveryStepOnce() {
        String tuyen = homeAffairs.registerTrainee("Nguyễn Thị Tuyến", DEPUTY_DIRECTOR, null);
        String hung = homeAffairs.registerTrainee("Trần Quốc Hùng", "Trưởng ban quản lý dự án", null);
        String nam = homeAffairs.registerTrainee("Lê Văn Nam", "Trưởng phòng", DEPUTY_DIRECTOR);
        String lan = homeAffairs.registerTrainee("Vũ Thị Lan", DEPUTY_DIRECTOR, null);
        String trang = homeAffairs.registerTrainee("Phạm Thu Trang", "Chủ tịch UBND quận", null);

        String programme = homeAffairs.createProgramme("Nâng cao năng lực chỉ đạo, điều hành xây dựng các chương trình, "
                + "đề án phát triển TP xanh, thông minh, hiện đại");
        String klass = homeAffairs.draftClass(programme, "Lớp 2", List.of(ACADEMY), List.of(BA_DINH),
                List.of(DEPUTY_DIRECTOR, "Trưởng ban quản lý dự án"), 3, "{}", false);
        JsonNode opened = homeAffairs.open(klass);
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");

        for (String trainee : List.of(tuyen, hung, nam, lan)) {
            JsonNode outcome = expect(homeAffairs.nominate(klass, trainee), 201);
            assertThat(outcome.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        }
        JsonNode refused = expect(homeAffairs.nominate(klass, trang), 422);
        assertThat(refused.get("code").asString()).isEqualTo("not-eligible");
        assertThat(refused.get("detail").asString()).contains("Chủ tịch UBND quận", "target audience");

        for (String trainee : List.of(tuyen, hung, nam)) {
            assertThat(decide(academy, klass, trainee, "approve").get("status").asString()).isEqualTo("ENROLLED");
        }
        JsonNode waiting = decide(academy, klass, lan, "approve");
        assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("waitlistPosition").asInt()).isEqualTo(1);

        JsonNode withdrawn = expect(homeAffairs.http().post("/api/classes/" + klass + "/nominations/" + hung + "/withdraw",
                "{\"reason\":\"Công tác đột xuất\"}"), 200);
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");

        JsonNode roster = academy.roster(klass);
        assertThat(roster.get("total").get("enrolled").asInt()).isEqualTo(3);
        assertThat(roster.get("total").get("withdrawn").asInt()).isEqualTo(1);
        assertThat(roster.get("total").get("waitlisted").asInt()).isZero();
        assertThat(roster.get("entries").findValuesAsString("fullName"))
                .containsExactlyInAnyOrder("Nguyễn Thị Tuyến", "Trần Quốc Hùng", "Lê Văn Nam", "Vũ Thị Lan");

        JsonNode transcript = expect(homeAffairs.http().get("/api/trainees/" + lan + "/transcript"), 200);
        assertThat(transcript.get(0).get("classId").asString()).isEqualTo(klass);
        assertThat(transcript.get(0).get("nominationStatus").asString()).isEqualTo("ENROLLED");

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            List<String> expected = List.of("class-opened", "trainee-nominated", "trainee-nominated", "trainee-nominated",
                    "trainee-nominated", "trainee-enrolled", "trainee-enrolled", "trainee-enrolled", "trainee-waitlisted",
                    "enrolment-withdrawn", "trainee-promoted-from-waitlist");
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> klass.equals(r.key())).size() >= expected.size());
            List<ConsumerRecord<String, byte[]>> events = topic.records(r -> klass.equals(r.key()));

            assertThat(events).extracting(r -> header(r, "ce_type").replaceAll("org\\.trainingplatform\\.enrolment\\.|\\.v1", ""))
                    .containsExactlyElementsOf(expected);
            assertThat(events.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet())).hasSize(expected.size());
            assertThat(events).allSatisfy(r -> assertThat(header(r, "ce_agencyid")).isEqualTo(HOME_AFFAIRS));
            JsonNode promoted = JSON.readTree(events.get(events.size() - 1).value());
            assertThat(promoted.get("traineeId").asString()).isEqualTo(lan);
            JsonNode classOpened = JSON.readTree(events.get(0).value());
            assertThat(classOpened.get("coOrganiserAgencyIds").get(0).asString()).isEqualTo(ACADEMY);
            assertThat(classOpened.get("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
        }
    }

    @Test
    void traineesAreFoundByNameWithOrWithoutDiacriticsAndReachedInE164() {
        String tuyen = homeAffairs.registerTrainee("Nguyễn Thị Tuyến", DEPUTY_DIRECTOR, null);

        JsonNode found = expect(homeAffairs.http().get("/api/trainees?q=nguyen%20thi%20tuyen"), 200);
        assertThat(found.findValuesAsString("id")).contains(tuyen);
        assertThat(expect(homeAffairs.http().get("/api/trainees?q=Tuy%E1%BA%BFn"), 200).findValuesAsString("id")).contains(tuyen);
        assertThat(expect(EnrolmentApi.as(port, ACADEMY).http().get("/api/trainees?q=nguyen%20thi%20tuyen"), 200)
                .findValuesAsString("id")).doesNotContain(tuyen);

        JsonNode changed = expect(homeAffairs.http().patch("/api/trainees/" + tuyen + "/contact",
                "{\"email\":\"Tuyen.NT@hanoi.gov.vn\",\"phone\":\"098 765 4321\",\"preferredLanguage\":\"en\"}"), 200);
        assertThat(changed.get("phone").asString()).isEqualTo("+84987654321");
        assertThat(changed.get("email").asString()).isEqualTo("tuyen.nt@hanoi.gov.vn");

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> tuyen.equals(r.key())).size() >= 2);
            var events = topic.records(r -> tuyen.equals(r.key()));
            assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.trainingplatform.enrolment.trainee-registered.v1",
                    "org.trainingplatform.enrolment.trainee-contact-changed.v1");
            assertThat(TopicReader.value(events.get(0))).contains("\"fullName\":\"Nguyễn Thị Tuyến\"", "\"phone\":\"+84912345678\"");
            assertThat(TopicReader.value(events.get(1))).contains("\"phone\":\"+84987654321\"", "\"preferredLanguage\":\"en\"");
        }
    }

    @Test
    void aTraineesTranscriptShowsTheOutcomesAssessmentPublishes() {
        String tuyen = homeAffairs.registerTrainee("Nguyễn Thị Tuyến", DEPUTY_DIRECTOR, null);
        String klass = homeAffairs.draftClass(homeAffairs.createProgramme("Chương trình 2"), "Lớp 2", List.of(), List.of(),
                List.of(DEPUTY_DIRECTOR), 35, "{}", true);
        homeAffairs.open(klass);
        expect(homeAffairs.nominate(klass, tuyen), 201);

        try (var assessment = new EventProducer(bootstrapServers)) {
            assessment.publish(new CourseCompleted(klass, HOME_AFFAIRS, tuyen, HOME_AFFAIRS, "Lớp 2", new BigDecimal("9.20"),
                    "EXCELLENT", 1.0, "HHA-2022-000001", "http://localhost:8083/certificates/verify/K7Q2M9X4TB"));
            assessment.publish(new MeritAwarded(klass, HOME_AFFAIRS, tuyen, HOME_AFFAIRS, 1, new BigDecimal("9.20")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                // path, not get: until the outcome is consumed the result is null, and the await must go on
                JsonNode result = expect(homeAffairs.http().get("/api/trainees/" + tuyen + "/transcript"), 200).path(0).path("result");
                assertThat(result.path("classification").asString()).isEqualTo("EXCELLENT");
                assertThat(result.path("certificateNumber").asString()).isEqualTo("HHA-2022-000001");
                assertThat(result.path("meritRank").asInt()).isEqualTo(1);
            });
            assessment.publish(new CertificateRevoked(klass, HOME_AFFAIRS, tuyen, "HHA-2022-000001", "Cấp nhầm"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(expect(homeAffairs.http()
                    .get("/api/trainees/" + tuyen + "/transcript"), 200).path(0).path("result").path("certificateRevoked").asBoolean()).isTrue());
        }
    }

    private static JsonNode decide(EnrolmentApi organiser, String klass, String trainee, String decision) {
        return expect(organiser.http().post("/api/classes/" + klass + "/nominations/" + trainee + "/" + decision, ""), 200);
    }
}
