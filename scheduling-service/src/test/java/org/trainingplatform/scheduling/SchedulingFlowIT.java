package org.trainingplatform.scheduling;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.scheduling.roster.ClassRosters;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.scheduling.Scenario.JSON;
import static org.trainingplatform.scheduling.Scenario.expect;
import static org.trainingplatform.scheduling.Scenario.session;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Timetables of the reference scenarios: S1 (Hanoi, 5 days, 5 topics) and S5 (a class abroad in
 * Beijing, 7 days with 7 field-study sessions and 2 seminars), with conflicts across agencies,
 * rescheduling, calendar feeds and attendance.
 */
@PlatformIntegrationTest
class SchedulingFlowIT {

    static final String HOME_AFFAIRS = "hanoi-home-affairs";
    static final String ACADEMY = "academy-construction";
    static final String TIEN_GIANG = "tien-giang-construction";
    static final String BEIJING = "beijing-party-school";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ClassRosters rosters;

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
    void s1TimetableFromADayByDayPlanIsPublishedAndOfferedAsACalendarFeed() {
        String klass = UUID.randomUUID().toString();
        List<String> trainees = Scenario.openClass(events, port, klass, HOME_AFFAIRS, List.of(ACADEMY), List.of(),
                LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), "Asia/Ho_Chi_Minh", 32);
        String hall = Scenario.venue(port, ACADEMY, "Hội trường A – Học viện AMC", 80, "VN");
        List<String> lecturers = List.of(Scenario.lecturer(port, ACADEMY, "Nguyễn Đình Toàn"),
                Scenario.lecturer(port, ACADEMY, "Trần Ngọc Chính"));
        String[] topics = {"Tổng quan về phát triển đô thị xanh, thông minh", "Quy hoạch Thủ đô đến năm 2030, tầm nhìn 2045",
                "Xây dựng chương trình tăng trưởng xanh, thành phố thông minh", "Xây dựng đề án", "Phối hợp liên ngành"};
        StringBuilder days = new StringBuilder();
        for (int day = 0; day < 5; day++) {
            days.append(day == 0 ? "" : ",").append("{\"date\":\"2022-08-").append(String.format("%02d", 8 + day)).append("\",\"sessions\":[");
            if (day == 0) {
                days.append(slot("07:30", "08:00", "OPENING_CEREMONY", "Khai giảng", hall, List.of())).append(',');
            }
            days.append(slot("08:00", "11:30", "LECTURE", topics[day], hall, List.of(lecturers.get(day % 2))));
            if (day == 4) {
                days.append(',').append(slot("14:00", "15:00", "CLOSING_CEREMONY", "Bế giảng", hall, List.of()));
            }
            days.append("]}");
        }
        JsonNode planned = expect(Http.at(port).as(HOME_AFFAIRS).post("/api/classes/" + klass + "/timetable/plan",
                "{\"days\":[" + days + "]}"), 201);
        assertThat(planned).hasSize(7);

        JsonNode timetable = expect(Http.at(port).as(ACADEMY).get("/api/classes/" + klass + "/timetable"), 200);
        assertThat(timetable.get(1).get("title").asString()).isEqualTo(topics[0]);
        assertThat(timetable.get(1).get("start").asString()).isEqualTo("2022-08-08T01:00:00Z");
        assertThat(timetable.get(1).get("localStart").asString()).isEqualTo("2022-08-08T08:00:00");

        try (var topic = new TopicReader(bootstrapServers, "scheduling-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> klass.equals(r.key())).size() >= 7);
            assertThat(topic.records(r -> klass.equals(r.key()))).hasSize(7)
                    .allSatisfy(r -> assertThat(header(r, "ce_type")).isEqualTo("org.trainingplatform.scheduling.session-scheduled.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.records(r -> lecturers.get(0).equals(r.key())).isEmpty());
            var registered = topic.records(r -> lecturers.get(0).equals(r.key())).get(0);
            assertThat(header(registered, "ce_type")).isEqualTo("org.trainingplatform.scheduling.lecturer-registered.v1");
            assertThat(TopicReader.value(registered)).contains("\"fullName\":\"Nguyễn Đình Toàn\"")
                    .as("the number as written, in the form SMS gateways take").contains("\"phone\":\"+84912345678\"");
        }

        String feed = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/timetable/feed"), 200).get("url").asString();
        HttpResponse<String> ics = Http.at(port).get(feed.substring(feed.indexOf("/calendar/")));
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "SUMMARY:Khai giảng", "DTSTART:20220808T003000Z", "SEQUENCE:0");
        assertThat(Http.at(port).get("/calendar/forged.ics").statusCode()).isEqualTo(404);

        String traineeFeed = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/trainees/" + trainees.get(0) + "/timetable/feed"), 200)
                .get("url").asString();
        assertThat(Http.at(port).get(traineeFeed.substring(traineeFeed.indexOf("/calendar/"))).body())
                .contains("SUMMARY:" + topics[4]);
    }

    @Test
    void s5ClassAbroadHasItsTimesInBeijingAndItsFieldStudies() {
        String klass = UUID.randomUUID().toString();
        Scenario.openClass(events, port, klass, HOME_AFFAIRS, List.of(BEIJING), List.of(),
                LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 28), "Asia/Shanghai", 20);
        String room = Scenario.venue(port, BEIJING, "北京市委党校 – Phòng học số 3", 40, "CN");
        StringBuilder days = new StringBuilder();
        for (int day = 0; day < 7; day++) {
            days.append(day == 0 ? "" : ",").append("{\"date\":\"2026-09-").append(22 + day).append("\",\"sessions\":[")
                    .append(slot("09:00", "11:30", "LECTURE", "Chuyên đề " + (day + 1), room, List.of())).append(',')
                    .append(slot("14:00", "17:00", "FIELD_STUDY", "Khảo sát thực tế " + (day + 1), null, List.of()));
            if (day == 2 || day == 5) {
                days.append(',').append(slot("19:00", "21:00", "SEMINAR", "Tọa đàm " + (day == 2 ? 1 : 2), room, List.of()));
            }
            days.append("]}");
        }
        expect(Http.at(port).as(BEIJING).post("/api/classes/" + klass + "/timetable/plan", "{\"days\":[" + days + "]}"), 201);

        JsonNode timetable = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/timetable"), 200);
        assertThat(timetable.valueStream().filter(s -> s.get("kind").asString().equals("FIELD_STUDY")).count()).isEqualTo(7);
        assertThat(timetable.valueStream().filter(s -> s.get("kind").asString().equals("SEMINAR")).count()).isEqualTo(2);
        assertThat(timetable.get(0).get("start").asString()).isEqualTo("2026-09-22T01:00:00Z");
        assertThat(timetable.get(0).get("localStart").asString()).isEqualTo("2026-09-22T09:00:00");
        assertThat(timetable.get(0).get("timeZone").asString()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void aLecturerOrVenueTakenByAnotherAgencyIsRefusedWithTheSessionNamedUnlessTheOrganiserOverrides() {
        String hanoiClass = UUID.randomUUID().toString();
        String tienGiangClass = UUID.randomUUID().toString();
        Scenario.openClass(events, port, hanoiClass, HOME_AFFAIRS, List.of(), List.of(), LocalDate.of(2022, 9, 19),
                LocalDate.of(2022, 9, 23), "Asia/Ho_Chi_Minh", 30);
        Scenario.openClass(events, port, tienGiangClass, TIEN_GIANG, List.of(), List.of(), LocalDate.of(2022, 9, 19),
                LocalDate.of(2022, 9, 23), "Asia/Ho_Chi_Minh", 200);
        String expert = Scenario.lecturer(port, ACADEMY, "Lê Quang Hùng");
        String hall = Scenario.venue(port, HOME_AFFAIRS, "Hội trường Sở Nội vụ", 60, "VN");
        String bigHall = Scenario.venue(port, TIEN_GIANG, "Hội trường tỉnh Tiền Giang", 250, "VN");
        expect(Http.at(port).as(HOME_AFFAIRS).post("/api/classes/" + hanoiClass + "/sessions",
                session("LECTURE", "Chuyển đổi số trong quản lý đô thị", "2022-09-21T08:00", "2022-09-21T11:30", hall, List.of(expert))), 201);

        JsonNode busy = expect(Http.at(port).as(TIEN_GIANG).post("/api/classes/" + tienGiangClass + "/sessions",
                session("LECTURE", "Cơ sở dữ liệu đô thị GIS", "2022-09-21T10:00", "2022-09-21T12:00", bigHall, List.of(expert))), 409);
        assertThat(busy.get("code").asString()).isEqualTo("lecturer-busy");
        assertThat(busy.get("detail").asString()).contains("Lê Quang Hùng", "'Chuyển đổi số trong quản lý đô thị'",
                "from 08:00 21/09/2022");
        JsonNode booked = expect(Http.at(port).as(TIEN_GIANG).post("/api/classes/" + tienGiangClass + "/sessions",
                session("SEMINAR", "Tọa đàm", "2022-09-21T09:00", "2022-09-21T10:00", hall, List.of())), 409);
        assertThat(booked.get("code").asString()).isEqualTo("venue-too-small");
        JsonNode tooSmall = expect(Http.at(port).as(TIEN_GIANG).post("/api/classes/" + tienGiangClass + "/sessions",
                session("SEMINAR", "Tọa đàm", "2022-09-22T09:00", "2022-09-22T10:00", hall, List.of())), 409);
        assertThat(tooSmall.get("detail").asString()).contains("seats 60", "200 enrolled");
        JsonNode overlap = expect(Http.at(port).as(HOME_AFFAIRS).post("/api/classes/" + hanoiClass + "/sessions",
                session("SEMINAR", "Tọa đàm", "2022-09-21T11:00", "2022-09-21T12:00", null, List.of())), 409);
        assertThat(overlap.get("code").asString()).isEqualTo("sessions-overlap");

        JsonNode overridden = expect(Http.at(port).as(TIEN_GIANG).post("/api/classes/" + tienGiangClass
                + "/sessions?overrideReason=Gi%E1%BA%A3ng%20tr%E1%BB%B1c%20tuy%E1%BA%BFn",
                session("LECTURE", "Cơ sở dữ liệu đô thị GIS", "2022-09-21T10:00", "2022-09-21T12:00", bigHall, List.of(expert))), 201);
        assertThat(overridden.get("override").get("reason").asString()).isEqualTo("Giảng trực tuyến");
        assertThat(overridden.get("override").get("agencyId").asString()).isEqualTo(TIEN_GIANG);

        JsonNode lecturerTimetable = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/lecturers/" + expert + "/timetable"), 200);
        assertThat(lecturerTimetable.findValuesAsString("title")).containsExactly("Chuyển đổi số trong quản lý đô thị", "Busy");
    }

    @Test
    void aLecturersDetailsChangedSeveralTimesAtOnceAreEachAcceptedAndPublished() {
        String lecturer = Scenario.lecturer(port, ACADEMY, "Nguyễn Văn An");
        // the changes race each other and the relay's removal of the events published before them
        List<String> honorifics = List.of("GS.TS.", "PGS.TS.", "TS.", "GS.TSKH.");
        List<CompletableFuture<HttpResponse<String>>> changes = honorifics.stream().map(honorific -> CompletableFuture.supplyAsync(() ->
                Http.at(port).as(ACADEMY).put("/api/lecturers/" + lecturer, "{\"fullName\":\"Nguyễn Văn An\",\"honorific\":\""
                        + honorific + "\",\"organisation\":\"Bộ Xây dựng\",\"phone\":\"0912 345 678\"}"))).toList();
        assertThat(changes).allSatisfy(change -> assertThat(change.join().statusCode()).isEqualTo(200));

        try (var topic = new TopicReader(bootstrapServers, "scheduling-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> lecturer.equals(r.key())).size() >= 5);
            var published = topic.records(r -> lecturer.equals(r.key()));
            assertThat(published).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.trainingplatform.scheduling.lecturer-registered.v1", "org.trainingplatform.scheduling.lecturer-updated.v1",
                    "org.trainingplatform.scheduling.lecturer-updated.v1", "org.trainingplatform.scheduling.lecturer-updated.v1",
                    "org.trainingplatform.scheduling.lecturer-updated.v1");
            assertThat(published.subList(1, 5)).extracting(r -> TopicReader.value(r).replaceAll(".*\"honorific\":\"([^\"]*)\".*", "$1"))
                    .containsExactlyInAnyOrderElementsOf(honorifics);
        }
    }

    @Test
    void concurrentBookingsOfOneLecturerBySeveralAgenciesLetExactlyOneThrough() {
        String expert = Scenario.lecturer(port, ACADEMY, "Phạm Văn Đức");
        List<String[]> classes = new ArrayList<>();
        for (String agency : List.of(HOME_AFFAIRS, TIEN_GIANG, ACADEMY, BEIJING)) {
            for (int i = 0; i < 3; i++) {
                String klass = UUID.randomUUID().toString();
                Scenario.openClass(events, port, klass, agency, List.of(), List.of(), LocalDate.of(2022, 10, 3),
                        LocalDate.of(2022, 10, 7), "Asia/Ho_Chi_Minh", 0);
                classes.add(new String[]{agency, klass});
            }
        }
        List<CompletableFuture<HttpResponse<String>>> attempts = classes.stream().map(c -> CompletableFuture.supplyAsync(() ->
                Http.at(port).as(c[0]).post("/api/classes/" + c[1] + "/sessions",
                        session("LECTURE", "Lãnh đạo trong chuyển đổi số", "2022-10-05T08:00", "2022-10-05T11:00", null, List.of(expert)))))
                .toList();

        List<Integer> statuses = attempts.stream().map(f -> f.join().statusCode()).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(expect(Http.at(port).as(HOME_AFFAIRS).get("/api/lecturers/" + expert + "/timetable"), 200)).hasSize(1);
    }

    @Test
    void aRescheduledSessionKeepsItsUidWithAHigherSequenceAndACancelledOneFreesItsLecturer() {
        String klass = UUID.randomUUID().toString();
        Scenario.openClass(events, port, klass, HOME_AFFAIRS, List.of(), List.of(), LocalDate.of(2022, 11, 7),
                LocalDate.of(2022, 11, 11), "Asia/Ho_Chi_Minh", 5);
        String expert = Scenario.lecturer(port, ACADEMY, "Đỗ Thị Minh");
        String id = expect(Http.at(port).as(HOME_AFFAIRS).post("/api/classes/" + klass + "/sessions",
                session("LECTURE", "Quản lý đất đai", "2022-11-08T08:00", "2022-11-08T11:00", null, List.of(expert))), 201).get("id").asString();

        JsonNode moved = expect(Http.at(port).as(HOME_AFFAIRS).put("/api/classes/" + klass + "/sessions/" + id,
                session("LECTURE", "Quản lý đất đai", "2022-11-09T13:30", "2022-11-09T16:30", null, List.of(expert))), 200);
        assertThat(moved.get("sequence").asInt()).isEqualTo(1);
        assertThat(moved.get("localStart").asString()).isEqualTo("2022-11-09T13:30:00");
        String ics = Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/timetable.ics").body();
        assertThat(ics).contains("UID:" + id + "@trainingplatform.org", "SEQUENCE:1", "DTSTART:20221109T063000Z");

        expect(Http.at(port).as(HOME_AFFAIRS).post("/api/classes/" + klass + "/sessions/" + id + "/cancel", "{\"reason\":\"Giảng viên ốm\"}"), 200);
        assertThat(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/timetable.ics").body()).contains("STATUS:CANCELLED", "SEQUENCE:2");
        String other = UUID.randomUUID().toString();
        Scenario.openClass(events, port, other, TIEN_GIANG, List.of(), List.of(), LocalDate.of(2022, 11, 7),
                LocalDate.of(2022, 11, 11), "Asia/Ho_Chi_Minh", 0);
        expect(Http.at(port).as(TIEN_GIANG).post("/api/classes/" + other + "/sessions",
                session("LECTURE", "Nông thôn mới", "2022-11-09T14:00", "2022-11-09T15:00", null, List.of(expert))), 201);

        try (var topic = new TopicReader(bootstrapServers, "scheduling-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> klass.equals(r.key())).size() >= 3);
            List<ConsumerRecord<String, byte[]>> records = topic.records(r -> klass.equals(r.key()));
            assertThat(records).extracting(r -> header(r, "ce_type").replaceAll(".*scheduling\\.|\\.v1", ""))
                    .containsExactly("session-scheduled", "session-rescheduled", "session-cancelled");
            assertThat(JSON.readTree(records.get(1).value()).get("sequence").asInt()).isEqualTo(1);
        }
    }

    @Test
    void attendanceIsTakenCorrectedAndATraineeWhoCanNoLongerReachTheThresholdIsWarnedOnce() {
        String klass = UUID.randomUUID().toString();
        List<String> trainees = Scenario.openClass(events, port, klass, HOME_AFFAIRS, List.of(), List.of("ba-dinh-district"),
                LocalDate.of(2022, 12, 5), LocalDate.of(2022, 12, 9), "Asia/Ho_Chi_Minh", 3);
        List<String> sessions = new ArrayList<>();
        for (int day = 5; day <= 9; day++) {
            sessions.add(expect(Http.at(port).as(HOME_AFFAIRS).post("/api/classes/" + klass + "/sessions",
                    session("LECTURE", "Chuyên đề ngày " + day, "2022-12-0" + day + "T08:00", "2022-12-0" + day + "T11:00", null, List.of())), 201)
                    .get("id").asString());
        }
        String keen = trainees.get(0);
        String absent = trainees.get(1);
        mark(klass, sessions.get(0), "{\"records\":[{\"traineeId\":\"" + keen + "\",\"status\":\"PRESENT\"},{\"traineeId\":\"" + absent
                + "\",\"status\":\"ABSENT\"},{\"traineeId\":\"" + trainees.get(2) + "\",\"status\":\"LATE\"}]}");
        mark(klass, sessions.get(1), "{\"records\":[{\"traineeId\":\"" + absent + "\",\"status\":\"ABSENT\"}]}");
        mark(klass, sessions.get(1), "{\"records\":[{\"traineeId\":\"" + absent + "\",\"status\":\"EXCUSED\"}],\"reason\":\"Có giấy phép\"}");
        JsonNode sheet = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/sessions/" + sessions.get(1) + "/attendance"), 200);
        assertThat(sheet.get(absent).get("status").asString()).isEqualTo("EXCUSED");
        assertThat(sheet.get(absent).get("corrected").get(0).get("status").asString()).isEqualTo("ABSENT");

        JsonNode standings = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/attendance"), 200);
        JsonNode absentStanding = standings.valueStream().filter(s -> s.get("traineeId").asString().equals(absent)).findFirst().orElseThrow();
        assertThat(absentStanding.get("missedSessions").asInt()).isEqualTo(2);
        assertThat(absentStanding.get("bestReachableRate").asDouble()).isEqualTo(0.6);
        assertThat(absentStanding.get("atRisk").asBoolean()).isTrue();
        mark(klass, sessions.get(2), "{\"records\":[{\"traineeId\":\"" + absent + "\",\"status\":\"ABSENT\"}]}");

        JsonNode stranger = expect(Http.at(port).as(HOME_AFFAIRS).put("/api/classes/" + klass + "/sessions/" + sessions.get(0) + "/attendance",
                "{\"records\":[{\"traineeId\":\"not-enrolled\",\"status\":\"PRESENT\"}]}"), 422);
        assertThat(stranger.get("code").asString()).isEqualTo("not-on-roster");

        try (var topic = new TopicReader(bootstrapServers, "scheduling-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> klass.equals(r.key())
                    && header(r, "ce_type").contains("attendance")).size() >= 7);
            var atRisk = topic.records(r -> klass.equals(r.key()) && header(r, "ce_type").contains("attendance-at-risk"));
            assertThat(atRisk).hasSize(1);
            assertThat(header(atRisk.get(0), "ce_subject")).isEqualTo(absent);
            var corrected = topic.records(r -> klass.equals(r.key()) && header(r, "ce_type").contains("attendance-recorded")
                    && TopicReader.value(r).contains("\"correction\":true"));
            assertThat(corrected).hasSize(1);
            assertThat(JSON.readTree(corrected.get(0).value()).get("attendanceRate").asDouble()).isEqualTo(0.0);
        }
    }

    @Test
    void redeliveredAndWithdrawnEnrolmentsKeepTheRosterRight() {
        String klass = UUID.randomUUID().toString();
        List<String> trainees = Scenario.openClass(events, port, klass, HOME_AFFAIRS, List.of(), List.of(),
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 13), "Asia/Ho_Chi_Minh", 2);
        String eventId = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        events.publish(new TraineeEnrolled(klass, HOME_AFFAIRS, late, HOME_AFFAIRS), eventId);
        events.publish(new TraineeEnrolled(klass, HOME_AFFAIRS, late, HOME_AFFAIRS), eventId);
        events.publish(new EnrolmentWithdrawn(klass, HOME_AFFAIRS, trainees.get(0), HOME_AFFAIRS, "ENROLLED", "Nghỉ hưu"));

        await().untilAsserted(() -> {
            JsonNode standings = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/attendance"), 200);
            assertThat(standings.findValuesAsString("traineeId")).containsExactlyInAnyOrder(trainees.get(1), late);
        });
    }

    @Test
    void aRosterKeptAsOneArrayByAnEarlierVersionIsMovedToItsEnroleesBeforeTheConsumersStart() {
        String klass = UUID.randomUUID().toString();
        Scenario.openClass(events, port, klass, HOME_AFFAIRS, List.of(), List.of(ACADEMY),
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 13), "Asia/Ho_Chi_Minh", 0);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(klass)), new Update().set("enrolled", List.of(
                new Document("traineeId", first).append("nominatingAgencyId", ACADEMY),
                new Document("traineeId", second).append("nominatingAgencyId", HOME_AFFAIRS))), "class_rosters");

        rosters.afterSingletonsInstantiated();

        JsonNode standings = expect(Http.at(port).as(HOME_AFFAIRS).get("/api/classes/" + klass + "/attendance"), 200);
        assertThat(standings.findValuesAsString("traineeId")).containsExactlyInAnyOrder(first, second);
        JsonNode academysOwn = expect(Http.at(port).as(ACADEMY).get("/api/classes/" + klass + "/attendance"), 200);
        assertThat(academysOwn.findValuesAsString("traineeId")).containsExactly(first);
        assertThat(mongo.findById(klass, Document.class, "class_rosters")).doesNotContainKey("enrolled");
    }

    private void mark(String klass, String session, String body) {
        expect(Http.at(port).as(HOME_AFFAIRS).put("/api/classes/" + klass + "/sessions/" + session + "/attendance", body), 200);
    }

    private static String slot(String from, String to, String kind, String title, String venue, List<String> lecturers) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"kind\":\"" + kind + "\",\"title\":\"" + title + "\","
                + (venue == null ? "" : "\"venueId\":\"" + venue + "\",") + "\"lecturerIds\":" + JSON.writeValueAsString(lecturers) + "}";
    }
}
