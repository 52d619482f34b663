package org.trainingplatform.notification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.scheduling.AttendanceAtRisk;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.notification.lecturer.LecturerContacts;
import org.trainingplatform.notification.timetable.DayReminder;
import org.trainingplatform.notification.timetable.Timetables;
import org.trainingplatform.support.embedded.ReceivedMail;
import org.trainingplatform.support.embedded.SmsMessage;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static java.time.LocalTime.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.S1Timetable.CITY_HALL;
import static org.trainingplatform.notification.S1Timetable.HALL;
import static org.trainingplatform.notification.S1Timetable.cancelled;
import static org.trainingplatform.notification.S1Timetable.e164;
import static org.trainingplatform.notification.S1Timetable.moved;
import static org.trainingplatform.notification.S1Timetable.session;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;
import static org.trainingplatform.notification.TestClock.HANOI;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Reference scenario S1's timetable from the trainees' and lecturers' side: the timetable once a
 * day-by-day plan has been published, changes to its sessions (to a lecturer too whose contact comes
 * later), the attendance warning, and a reminder the day before each day of the class, each exactly
 * once, across a restart.
 */
class SchedulingNotificationsIT extends NotificationIntegrationTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    TimetablePoller poller;
    @Autowired
    Timetables timetables;
    @Autowired
    SchedulingNotices notices;
    @Autowired
    Clock clock;
    @Autowired
    LecturerContacts lecturers;

    @Test
    void s1TimetableGoesOnceToEveryEnrolledTraineeAndSessionChangesReachTraineesAndLecturersOnce() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered tuyen = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Nguyễn Thị Tuyến", "vi");
        TraineeRegistered hung = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Trần Quốc Hùng", "en");
        LecturerRegistered an = S1Timetable.lecturer("PGS.TS.", "Nguyễn Văn An");
        LecturerRegistered binh = S1Timetable.lecturer("TS.", "Lê Thanh Bình");
        List.of(tuyen, hung, klass, S1.enrolled(klass, tuyen), S1.enrolled(klass, hung), an, binh).forEach(events::publish);
        await().atMost(PATIENCE).until(() -> mailsTo(tuyen.email()).size() == 1 && mailsTo(hung.email()).size() == 1);

        LocalDate monday = S1.START;
        SessionScheduled overview = session(klass, "LECTURE", "Tổng quan về đô thị xanh, đô thị thông minh", monday,
                of(8, 30), of(11, 30), HALL, List.of(an.lecturerId()));
        SessionScheduled programme = session(klass, "LECTURE", "Xây dựng chương trình phát triển đô thị tăng trưởng "
                + "xanh, thông minh", monday.plusDays(2), of(8, 0), of(11, 30), HALL, List.of(an.lecturerId()));
        List<SessionScheduled> plan = List.of(
                session(klass, "OPENING_CEREMONY", "Khai giảng lớp bồi dưỡng", monday, of(8, 0), of(8, 30), HALL, List.of()),
                overview,
                session(klass, "LECTURE", "Quy hoạch chung xây dựng Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045",
                        monday.plusDays(1), of(8, 0), of(11, 30), HALL, List.of(binh.lecturerId())),
                programme,
                session(klass, "LECTURE", "Xây dựng đề án phát triển đô thị thông minh", monday.plusDays(3), of(8, 0),
                        of(11, 30), HALL, List.of(binh.lecturerId())),
                session(klass, "SEMINAR", "Phối hợp liên ngành trong chỉ đạo, điều hành", monday.plusDays(4), of(8, 0),
                        of(10, 30), HALL, List.of(an.lecturerId(), binh.lecturerId())),
                session(klass, "CLOSING_CEREMONY", "Bế giảng lớp bồi dưỡng", monday.plusDays(4), of(10, 30), of(11, 30),
                        HALL, List.of()));
        plan.forEach(events::publish);

        await().atMost(PATIENCE).until(() -> count(tuyen, "Lịch học Lớp 2") == 1 && count(hung, "Timetable: Lớp 2") == 1
                && smsTo(tuyen.phone()).size() == 2 && smsTo(hung.phone()).size() == 2);
        ReceivedMail timetable = mail(tuyen, "Lịch học Lớp 2");
        assertThat(text(timetable)).startsWith("Kính gửi ông/bà Nguyễn Thị Tuyến,").contains(
                "Thứ Hai, 08/08/2022\n  08:00–08:30  Khai giảng lớp bồi dưỡng – " + HALL + "\n"
                        + "  08:30–11:30  Chuyên đề: Tổng quan về đô thị xanh, đô thị thông minh – " + HALL,
                "Thứ Ba, 09/08/2022\n  08:00–11:30  Chuyên đề: Quy hoạch chung xây dựng Thủ đô Hà Nội",
                "Thứ Sáu, 12/08/2022\n  08:00–10:30  Tọa đàm: Phối hợp liên ngành trong chỉ đạo, điều hành",
                "  10:30–11:30  Bế giảng lớp bồi dưỡng");
        assertThat(timetable.html()).contains("<td style=\"padding: 4px 8px; white-space: nowrap\">Thứ Hai, 08/08/2022</td>",
                "Chuyên đề: Tổng quan về đô thị xanh, đô thị thông minh");
        assertThat(smsTo(tuyen.phone()).get(1).text()).isEqualTo("Lịch học Lớp 2: 7 buổi, buổi đầu tiên lúc 08:00 "
                + "ngày 08/08/2022 tại " + HALL + ". Chi tiết đã gửi qua email.");
        assertThat(text(mail(hung, "Timetable: Lớp 2"))).contains("Monday, 8 August 2022\n  08:00–08:30  Opening "
                + "ceremony: Khai giảng lớp bồi dưỡng");

        TraineeRegistered lan = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Vũ Thị Lan", "vi");
        events.publish(lan);
        events.publish(S1.enrolled(klass, lan));
        await().atMost(PATIENCE).until(() -> count(lan, "Xác nhận ghi danh vào Lớp 2") == 1);
        assertThat(text(mail(lan, "Xác nhận ghi danh vào Lớp 2"))).contains("Lịch học:\nThứ Hai, 08/08/2022\n"
                + "  08:00–08:30  Khai giảng lớp bồi dưỡng");

        LecturerRegistered cuong = S1Timetable.lecturer("ThS.", "Đỗ Mạnh Cường");
        SessionRescheduled afternoon = moved(overview, monday.plusDays(1), of(13, 30), of(17, 0), CITY_HALL,
                List.of(binh.lecturerId(), cuong.lecturerId()), 1);
        String moveId = UUID.randomUUID().toString();
        events.publish(afternoon, moveId);
        events.publish(afternoon, moveId);
        events.publish(cancelled(programme, "Giảng viên bận công tác đột xuất", 1));
        events.publish(new AttendanceAtRisk(klass.classId(), HOME_AFFAIRS, tuyen.traineeId(), 1, 2, 6, 4.0 / 6, 0.8));
        await().atMost(PATIENCE).until(() -> mailsTo(binh.email()).size() == 1);
        events.publish(cuong);

        String moveVi = "Thông báo thay đổi lịch học – Lớp 2";
        String cancelVi = "Thông báo hủy buổi học – Lớp 2";
        await().atMost(PATIENCE).until(() -> count(tuyen, moveVi) == 1 && count(tuyen, cancelVi) == 1
                && count(lan, moveVi) == 1 && count(lan, cancelVi) == 1 && count(hung, "Timetable change: Lớp 2") == 1
                && count(hung, "Session cancelled: Lớp 2") == 1 && count(tuyen, "Cảnh báo tỷ lệ tham dự Lớp 2") == 1
                && mailsTo(an.email()).size() == 2 && mailsTo(binh.email()).size() == 1
                && mailsTo(cuong.email()).size() == 1 && smsTo(e164(cuong)).size() == 1 && smsTo(e164(an)).size() == 2 && smsTo(e164(binh)).size() == 1 && smsTo(tuyen.phone()).size() == 5);

        assertThat(text(mail(tuyen, moveVi))).contains("buổi học “Tổng quan về đô thị xanh, đô thị thông minh” đã được "
                        + "điều chỉnh như sau:\nTrước đây: Thứ Hai, 08/08/2022, 08:30–11:30, tại " + HALL + "\n"
                        + "Nay là: Thứ Ba, 09/08/2022, 13:30–17:00, tại " + CITY_HALL + "\nGiảng viên: TS. Lê Thanh Bình",
                "Đây là thông báo bắt buộc");
        assertThat(text(mail(tuyen, cancelVi))).contains("ĐÃ BỊ HỦY", "Thời gian dự kiến: Thứ Tư, 10/08/2022, "
                + "08:00–11:30, tại " + HALL, "Lý do: Giảng viên bận công tác đột xuất.");
        assertThat(mailsTo(an.email())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(moveVi, cancelVi);
        assertThat(text(mailsTo(an.email()).get(0))).startsWith("Kính gửi PGS.TS. Nguyễn Văn An,")
                .contains("Ông/bà nhận được thư này vì là giảng viên của buổi học nêu trên.");
        assertThat(text(mailsTo(binh.email()).get(0))).startsWith("Kính gửi TS. Lê Thanh Bình,").contains("Nay là: Thứ Ba");
        assertThat(text(mailsTo(cuong.email()).get(0))).as("written once the lecturer's contact arrived")
                .startsWith("Kính gửi ThS. Đỗ Mạnh Cường,").contains("Nay là: Thứ Ba, 09/08/2022, 13:30–17:00");
        assertThat(smsTo(e164(binh)).get(0).text()).isEqualTo("Lớp 2: buổi học “Tổng quan về đô thị xanh, đô thị thông "
                + "minh” nay diễn ra lúc 13:30 ngày 09/08/2022 tại " + CITY_HALL
                + " (trước đây: 08:30 ngày 08/08/2022).");
        assertThat(text(mail(tuyen, "Cảnh báo tỷ lệ tham dự Lớp 2"))).contains("ông/bà đã tham dự 1 buổi và vắng 2 "
                + "buổi trong tổng số 6 buổi học", "chỉ đạt tối đa 66,7%, thấp hơn mức tối thiểu 80%",
                "liên hệ ngay với Ban tổ chức lớp học");

        JsonNode log = expect(as(HOME_AFFAIRS).get("/api/classes/" + klass.classId() + "/deliveries"), 200);
        assertThat(iterable(log.get("messages"))).filteredOn(m -> an.lecturerId().equals(m.path("lecturerId").asString()))
                .hasSize(4).allSatisfy(m -> assertThat(m.get("kind").asString()).isEqualTo("SESSION_CHANGED"));
        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            Predicate<ConsumerRecord<String, byte[]>> toLecturers = r -> klass.classId().equals(r.key())
                    && "org.trainingplatform.notification.lecturer-message-sent.v1".equals(header(r, "ce_type"));
            await().atMost(PATIENCE).until(() -> topic.records(toLecturers).size() >= 8);
            List<JsonNode> sent = topic.records(toLecturers).stream().map(r -> JSON.readTree(r.value())).toList();
            assertThat(sent).as("2 mails and 2 SMS to An, a mail and an SMS each to Bình and Cường").hasSize(8)
                    .allSatisfy(e -> assertThat(e.get("kind").asString()).isEqualTo("SESSION_CHANGED"));
            assertThat(sent).filteredOn(e -> an.lecturerId().equals(e.get("lecturerId").asString()))
                    .extracting(e -> e.get("channel").asString()).containsExactlyInAnyOrder("EMAIL", "EMAIL", "SMS", "SMS");
            assertThat(topic.records(r -> klass.classId().equals(r.key())
                    && "org.trainingplatform.notification.message-sent.v1".equals(header(r, "ce_type"))))
                    .as("messages to trainees keep their own event").isNotEmpty()
                    .allSatisfy(r -> assertThat(JSON.readTree(r.value()).has("traineeId")).isTrue());
        }

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(tuyen.email()).size() == 5
                && mailsTo(hung.email()).size() == 4 && mailsTo(lan.email()).size() == 3 && mailsTo(an.email()).size() == 2
                && mailsTo(binh.email()).size() == 1 && mailsTo(cuong.email()).size() == 1 && smsTo(e164(an)).size() == 2
                && smsTo(tuyen.phone()).size() == 5);
    }

    @Test
    void aLecturersDetailsChangedInTheSameMillisecondAsTheRegistrationAreKeptAndOlderOnesDeliveredLateAreNot() {
        LecturerRegistered an = S1Timetable.lecturer("PGS.TS.", "Nguyễn Văn An");
        LecturerUpdated changed = new LecturerUpdated(an.lecturerId(), an.agencyId(), an.fullName(), an.honorific(),
                "an.moi@amc.edu.vn", an.phone());
        LecturerUpdated older = new LecturerUpdated(an.lecturerId(), an.agencyId(), an.fullName(), an.honorific(),
                "an.cu@amc.edu.vn", an.phone());
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.publish(an, UUID.randomUUID().toString(), time);
        events.publish(changed, UUID.randomUUID().toString(), time);
        String late = events.publish(older, UUID.randomUUID().toString(), time.minusMillis(1));

        // a lecturer's events come in order: once the late one is handled, so are the two before it
        await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(where("_id").is("notification-service/" + late)),
                "processed_events"));
        assertThat(lecturers.find(an.lecturerId()).orElseThrow().email()).isEqualTo("an.moi@amc.edu.vn");
    }

    @Test
    void eachClassDayIsRemindedTheDayBeforeOnceFollowingTheSessionsAndWhateverWasDueDuringARestart() {
        LocalDate today = TestClock.today();
        LocalDate first = today.plusDays(2);
        LocalDate second = today.plusDays(3);
        LocalDate third = today.plusDays(4);
        ClassOpened klass = S1Timetable.classOpened(HOME_AFFAIRS, first, third);
        TraineeRegistered thu = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Phạm Minh Thu", "vi");
        List.of(thu, klass, S1.enrolled(klass, thu)).forEach(events::publish);
        await().atMost(PATIENCE).until(() -> mailsTo(thu.email()).size() == 1);
        SessionScheduled morning = session(klass, "LECTURE", "Chính quyền điện tử và đô thị thông minh", first, of(8, 0),
                of(11, 30), HALL, List.of());
        SessionScheduled afternoon = session(klass, "FIELD_STUDY", "Khảo sát Trung tâm điều hành đô thị thông minh",
                first, of(13, 30), of(17, 0), CITY_HALL, List.of());
        SessionScheduled nextDay = session(klass, "LECTURE", "Chuyển đổi số trong quản lý đất đai", second, of(8, 0),
                of(11, 30), HALL, List.of());
        List.of(morning, afternoon, nextDay).forEach(events::publish);
        await().atMost(PATIENCE).until(() -> count(thu, "Lịch học Lớp 2") == 1);
        assertThat(reminders(klass)).containsExactly(first + " DUE", second + " DUE");

        events.publish(cancelled(nextDay, "Điều chỉnh kế hoạch", 1));
        events.publish(moved(afternoon, third, of(13, 30), of(17, 0), CITY_HALL, List.of(), 1));
        await().atMost(PATIENCE).until(() -> reminders(klass).equals(List.of(first + " DUE", third + " DUE")));
        assertThat(timetables.find(klass.classId()).orElseThrow().reminders()).extracting(DayReminder::id, DayReminder::dueAt)
                .contains(org.assertj.core.groups.Tuple.tuple("day-reminder:" + klass.classId() + ":" + third,
                        fivePm(third.minusDays(1))));

        moveClockTo(fivePm(first.minusDays(1)).plusSeconds(1));
        String firstReminder = "Nhắc lịch học " + viDay(first) + " – Lớp 2";
        await().atMost(PATIENCE).until(() -> count(thu, firstReminder) == 1 && reminderSms(thu, first).size() == 1);
        assertThat(text(mail(thu, firstReminder))).contains("vào " + viDay(first) + ":\n\n  08:00–11:30  Chuyên đề: "
                + "Chính quyền điện tử và đô thị thông minh – " + HALL).doesNotContain("13:30", "Khảo sát");
        assertThat(reminderSms(thu, first).get(0).text()).isEqualTo("Nhắc lịch: Lớp 2 học ngày " + DATE.format(first)
                + ", 1 buổi, bắt đầu lúc 08:00 tại " + HALL + ". Đề nghị ông/bà có mặt đúng giờ.");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> count(thu, firstReminder) == 1);

        poller.stop();
        TimetablePoller afterRestart = new TimetablePoller(timetables, notices, clock);
        try {
            moveClockTo(fivePm(third.minusDays(1)).plusSeconds(1));
            assertThat(reminders(klass)).as("due while the service is down, and kept in MongoDB")
                    .containsExactly(first + " SENT", third + " DUE");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> reminderMails(thu).size() == 1);

            afterRestart.start();
            String thirdReminder = "Nhắc lịch học " + viDay(third) + " – Lớp 2";
            await().atMost(PATIENCE).until(() -> count(thu, thirdReminder) == 1 && reminderSms(thu, third).size() == 1);
            assertThat(text(mail(thu, thirdReminder))).contains("  13:30–17:00  Học tập thực tế: Khảo sát Trung tâm "
                    + "điều hành đô thị thông minh – " + CITY_HALL);
        } finally {
            afterRestart.stop();
            poller.start();
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> reminderMails(thu).size() == 2
                && reminders(klass).equals(List.of(first + " SENT", third + " SENT")));
        assertThat(reminderMails(thu)).extracting(ReceivedMail::subject).noneMatch(s -> s.contains(DATE.format(second)));
    }

    private List<String> reminders(ClassOpened klass) {
        return timetables.find(klass.classId()).map(t -> t.reminders().stream()
                .map(r -> r.day() + " " + r.status()).toList()).orElse(List.of());
    }

    /** Moves the service's clock once no message is being sent (a lease must not expire by the jump). */
    private void moveClockTo(Instant target) {
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(where("status").is("SENDING")), "messages") == 0);
        TestClock.moveTo(target);
    }

    private static Instant fivePm(LocalDate day) {
        return day.atTime(LocalTime.of(17, 0)).atZone(HANOI).toInstant();
    }

    private static String viDay(LocalDate day) {
        String[] names = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
        return names[day.getDayOfWeek().getValue() - 1] + ", " + DATE.format(day);
    }

    private static List<ReceivedMail> reminderMails(TraineeRegistered trainee) {
        return mailsTo(trainee.email()).stream().filter(m -> m.subject().startsWith("Nhắc lịch học")).toList();
    }

    private static List<SmsMessage> reminderSms(TraineeRegistered trainee, LocalDate day) {
        return smsTo(trainee.phone()).stream().filter(m -> m.text().startsWith("Nhắc lịch: Lớp 2 học ngày "
                + DATE.format(day))).toList();
    }

    /** The plain-text part as written (the mail server hands it over with CRLF line ends). */
    static String text(ReceivedMail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    static long count(TraineeRegistered trainee, String subject) {
        return mailsTo(trainee.email()).stream().filter(m -> m.subject().equals(subject)).count();
    }

    static ReceivedMail mail(TraineeRegistered trainee, String subject) {
        return mailsTo(trainee.email()).stream().filter(m -> m.subject().equals(subject)).findFirst().orElseThrow();
    }

    static List<JsonNode> iterable(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }
}
