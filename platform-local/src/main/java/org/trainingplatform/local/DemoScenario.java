package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.trainingplatform.local.PlatformService.ASSESSMENT;
import static org.trainingplatform.local.PlatformService.ENROLMENT;
import static org.trainingplatform.local.PlatformService.SCHEDULING;

/**
 * {@code --demo}: reference scenario S1 (Hanoi, programme 2), loaded through the public APIs as the
 * agencies' own systems would, once the platform is ready. Class 2 (deputy directors of departments)
 * is opened for next week with 32 officials enrolled and a five-day timetable, so that confirmation
 * mail and SMS reach the inboxes and a calendar feed can be subscribed to; class 1 (deputy chairs of
 * district committees, July 2022) is taken to its end: graded, closed, certified. Loaded once per data folder.
 */
@Component
@ConditionalOnProperty(name = DemoScenario.ENABLED, havingValue = "true")
class DemoScenario {

    static final String ENABLED = "local.demo";
    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    static final String PROGRAMME = "Nâng cao năng lực chỉ đạo, điều hành xây dựng các chương trình, đề án phát triển "
            + "TP xanh, thông minh, hiện đại";
    private static final String HOME_AFFAIRS = "hanoi-home-affairs";
    private static final String ACADEMY = "academy-construction";
    private static final String[] TOPICS = {"Tổng quan về phát triển đô thị xanh, thành phố thông minh",
            "Quy hoạch Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045",
            "Xây dựng chương trình tăng trưởng xanh, thành phố thông minh", "Xây dựng đề án",
            "Phối hợp liên ngành trong chỉ đạo, điều hành"};

    private final LocalPlatformSettings settings;

    DemoScenario(LocalPlatformSettings settings) {
        this.settings = settings;
    }

    @EventListener
    void onReady(ServiceFleet.PlatformReady ready) {
        Thread loader = new Thread(this::load, "demo");
        loader.setDaemon(true);
        loader.start();
    }

    void load() {
        try {
            PlatformClient homeAffairs = PlatformClient.as(settings, agency(HOME_AFFAIRS));
            PlatformClient academy = PlatformClient.as(settings, agency(ACADEMY));
            if (homeAffairs.get(ENROLMENT, "/api/programmes").findValuesAsString("title").contains(PROGRAMME)) {
                log.info("Demo data (scenario S1) is already loaded in this data folder");
                return;
            }
            log.info("Loading the demo: reference scenario S1 (Hanoi, programme 2)");
            homeAffairs.put(ENROLMENT, "/api/agencies/me", Map.of("name", agency(HOME_AFFAIRS).name(), "kind", "DEPARTMENT"));
            academy.put(ENROLMENT, "/api/agencies/me", Map.of("name", agency(ACADEMY).name(), "kind", "ACADEMY"));
            String programme = homeAffairs.post(ENROLMENT, "/api/programmes", Map.of("title", PROGRAMME), 201).get("id").asString();
            String classTwo = classTwo(homeAffairs, academy, programme);
            Map<String, String> certificate = classOne(homeAffairs, programme);
            print(classTwo, academy.get(SCHEDULING, "/api/classes/" + classTwo + "/timetable/feed").get("url").asString(),
                    certificate);
        } catch (RuntimeException e) {
            log.error("Loading the demo failed: {}", e.getMessage());
        }
    }

    /** Class 2, next Monday to Friday: 32 officials enrolled, five topics with lecturers, opening and closing. */
    private String classTwo(PlatformClient homeAffairs, PlatformClient academy, String programme) {
        List<String> officials = imported(homeAffairs, DemoOfficials.classTwoCsv(32));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String klass = homeAffairs.post(ENROLMENT, "/api/programmes/" + programme + "/classes", Map.of(
                "title", "Lớp 2 – Phó Giám đốc Sở, Trưởng ban quản lý dự án và cán bộ quy hoạch",
                "coOrganiserAgencyIds", List.of(ACADEMY),
                "targetPositions", List.of("Phó Giám đốc Sở", "Trưởng ban quản lý dự án"),
                "capacity", 35, "startDate", monday, "endDate", monday.plusDays(4),
                "venue", "Học viện Cán bộ quản lý xây dựng và đô thị", "autoApprove", true), 201).get("id").asString();
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/open", "", 200);
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/nominations/bulk", Map.of("traineeIds", officials), 200);
        log.info("Demo: class 2 opened, {} officials enrolled; confirmations go to the mail and SMS inboxes", officials.size());

        academy.await(SCHEDULING, "/api/classes/" + klass + "/attendance", standings -> standings.size() == officials.size());
        String hall = academy.post(SCHEDULING, "/api/venues", Map.of("name", "Hội trường A – Học viện AMC",
                "address", "291 Nguyễn Trãi, Thanh Xuân, Hà Nội", "capacity", 60), 201).get("id").asString();
        List<String> lecturers = new ArrayList<>();
        for (String[] lecturer : List.of(new String[]{"Nguyễn Đình Toàn", "TS.", "Bộ Xây dựng"},
                new String[]{"Trần Ngọc Chính", "KTS.", "Hội Quy hoạch phát triển đô thị Việt Nam"},
                new String[]{"Lê Quang Hùng", "PGS.TS.", "Ban Chỉ đạo quy hoạch Vùng Thủ đô"},
                new String[]{"Kim Min-jun", "Dr.", "Korea Research Institute for Human Settlements"})) {
            lecturers.add(academy.post(SCHEDULING, "/api/lecturers", Map.of("fullName", lecturer[0], "honorific", lecturer[1],
                    "organisation", lecturer[2]), 201).get("id").asString());
        }
        List<Map<String, Object>> days = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            List<Map<String, Object>> sessions = new ArrayList<>();
            if (day == 0) {
                sessions.add(slot("07:30", "08:00", "OPENING_CEREMONY", "Khai giảng lớp 2", hall, List.of()));
            }
            sessions.add(slot("08:00", "11:30", "LECTURE", TOPICS[day], hall, List.of(lecturers.get(day % lecturers.size()))));
            if (day == 4) {
                sessions.add(slot("14:00", "15:00", "CLOSING_CEREMONY", "Bế giảng lớp 2", hall, List.of()));
            }
            days.add(Map.of("date", monday.plusDays(day), "sessions", sessions));
        }
        academy.post(SCHEDULING, "/api/classes/" + klass + "/timetable/plan", Map.of("days", days), 201);
        log.info("Demo: class 2's timetable is built: 5 days, 5 topics, opening and closing ceremonies");
        return klass;
    }

    /** Class 1, held in July 2022 for deputy chairs of district committees: graded, closed and certified. */
    private Map<String, String> classOne(PlatformClient homeAffairs, String programme) {
        List<String> officials = imported(homeAffairs, DemoOfficials.classOneCsv(12));
        String klass = homeAffairs.post(ENROLMENT, "/api/programmes/" + programme + "/classes", Map.of(
                "title", "Lớp 1 – Phó Chủ tịch UBND quận, huyện", "targetPositions", List.of("Phó Chủ tịch UBND quận"),
                "capacity", 40, "startDate", "2022-07-11", "endDate", "2022-07-15",
                "venue", "Học viện Cán bộ quản lý xây dựng và đô thị", "autoApprove", true), 201).get("id").asString();
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/open", "", 200);
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/nominations/bulk", Map.of("traineeIds", officials), 200);
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/close-enrolment", "", 200);
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/start", "", 200);

        homeAffairs.await(ASSESSMENT, "/api/classes/" + klass + "/attendance", record -> record.size() == officials.size());
        StringBuilder grades = new StringBuilder("traineeId,final-essay\n");
        for (int i = 0; i < officials.size(); i++) {
            grades.append(officials.get(i)).append(',').append(List.of("9.5", "8.5", "8.0", "7.5").get(i % 4)).append('\n');
        }
        homeAffairs.postCsv(ASSESSMENT, "/api/classes/" + klass + "/grades/import", grades.toString());
        JsonNode results = homeAffairs.post(ASSESSMENT, "/api/classes/" + klass + "/results/close", "", 200);
        homeAffairs.post(ENROLMENT, "/api/classes/" + klass + "/close", "", 200);
        JsonNode first = results.get("trainees").get(0);
        Map<String, String> certificate = new LinkedHashMap<>();
        certificate.put("holder", first.get("fullName").asString());
        certificate.put("number", first.get("certificate").get("number").asString());
        certificate.put("code", first.get("certificate").get("verificationCode").asString());
        log.info("Demo: class 1 closed: {} of {} completed", results.get("statistics").get("completed").asInt(), officials.size());
        return certificate;
    }

    private List<String> imported(PlatformClient agency, String csv) {
        return agency.postCsv(ENROLMENT, "/api/trainees/import", csv).get("rows").findValuesAsString("traineeId");
    }

    private void print(String classTwo, String feed, Map<String, String> certificate) {
        PrintStream out = System.out;
        String enrolment = settings.serviceUrl(ENROLMENT);
        String assessment = settings.serviceUrl(ASSESSMENT);
        out.println();
        out.println("  Demo loaded (scenario S1, Hanoi programme 2):");
        out.println("    class 2 roster       GET " + enrolment + "/api/classes/" + classTwo + "/roster  (token of hanoi-home-affairs)");
        out.println("    class 2 timetable    " + feed + "  (subscribe in a calendar app)");
        out.println("    confirmations        http://localhost:" + settings.mailInboxPort() + " and http://localhost:" + settings.smsPort());
        out.println("    certificate " + certificate.get("number") + " of " + certificate.get("holder") + ":");
        out.println("      verify             " + assessment + "/certificates/verify/" + certificate.get("code"));
        out.println("      PDF                GET " + assessment + "/api/certificates/" + certificate.get("number")
                + "/pdf  (token of hanoi-home-affairs)");
        out.println("Demo ready");
        out.flush();
    }

    private static Map<String, Object> slot(String from, String to, String kind, String title, String venue, List<String> lecturers) {
        return Map.of("from", from, "to", to, "kind", kind, "title", title, "venueId", venue, "lecturerIds", lecturers);
    }

    private static DemoAgency agency(String id) {
        return DemoAgency.ALL.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
