package org.trainingplatform.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.SchedulingNotificationsIT.iterable;

/**
 * Consumer contract: scheduling and assessment events recorded as scheduling-service and
 * assessment-service publish them ({@code src/test/resources/recorded/scheduling-events},
 * {@code …/assessment-events}) still parse and do what they should here, once however often they come;
 * the types this service does not need are taken and left alone. A producer change that breaks this
 * consumer fails this test.
 */
class RecordedSchedulingAndAssessmentEventsIT extends NotificationIntegrationTest {

    static final String CLASS = "c5e1b7a2-4d3f-4b8e-9a6c-1f2e3d4c5b6a";
    static final String TUYEN = "7b2d9e4f-1a3c-4e5b-8d6f-9a0b1c2d3e4f";
    static final String NAM = "2e4f6a8b-0c1d-4e3f-9a5b-7c8d9e0f1a2b";
    static final String LECTURER = "lecturer:9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f";

    @Autowired
    @Qualifier("enrolmentEvents")
    Consumer<Message<List<byte[]>>> enrolmentEvents;
    @Autowired
    @Qualifier("schedulingEvents")
    Consumer<Message<List<byte[]>>> schedulingEvents;
    @Autowired
    @Qualifier("assessmentEvents")
    Consumer<Message<List<byte[]>>> assessmentEvents;

    @Test
    void everyRecordedSchedulingAndAssessmentEventIsConsumedAndTakesEffectOnce() {
        theClassWithItsTrainees();
        List<Message<byte[]>> scheduling = RecordedEvents.of("scheduling-events");
        List<Message<byte[]>> assessment = RecordedEvents.of("assessment-events");
        assertThat(scheduling).hasSize(9);
        assertThat(assessment).hasSize(7);

        twice(scheduling.subList(0, 5), schedulingEvents);
        await().atMost(PATIENCE).until(() -> kinds().contains("TIMETABLE/EMAIL/" + NAM));
        twice(scheduling.subList(5, 9), schedulingEvents);
        twice(assessment, assessmentEvents);

        List<String> expected = new ArrayList<>();
        for (String channel : List.of("EMAIL", "SMS")) {
            for (String trainee : List.of(TUYEN, NAM)) {
                expected.addAll(List.of("ENROLMENT_CONFIRMED/" + channel + "/" + trainee, "TIMETABLE/" + channel + "/" + trainee,
                        "SESSION_CHANGED/" + channel + "/" + trainee, "SESSION_CHANGED/" + channel + "/" + trainee));
            }
            expected.addAll(List.of("SESSION_CHANGED/" + channel + "/" + LECTURER, "ATTENDANCE_AT_RISK/" + channel + "/" + NAM,
                    "RESULT_COMPLETED/" + channel + "/" + TUYEN, "RESULT_NOT_COMPLETED/" + channel + "/" + NAM,
                    "MERIT_AWARDED/" + channel + "/" + TUYEN, "CERTIFICATE_REVOKED/" + channel + "/" + TUYEN));
        }
        assertThat(kinds()).containsExactlyInAnyOrderElementsOf(expected);

        List<JsonNode> messages = messages();
        assertThat(text(messages, "TIMETABLE", TUYEN)).contains("Thứ Hai, 08/08/2022\n  08:00–08:30  Khai giảng lớp bồi "
                + "dưỡng", "Thứ Ba, 09/08/2022\n  13:30–17:00  Học tập thực tế: Khảo sát Trung tâm điều hành đô thị thông "
                + "minh – Trung tâm IOC Hà Nội");
        JsonNode toLecturer = message(messages, "SESSION_CHANGED", LECTURER, "EMAIL");
        assertThat(toLecturer.get("recipient").asString()).as("the lecturer's updated address").isEqualTo("nguyenvanan@amc.edu.vn");
        assertThat(toLecturer.get("text").asString()).startsWith("Kính gửi PGS.TS. Nguyễn Văn An,")
                .contains("Trước đây: Thứ Hai, 08/08/2022, 08:30–11:30", "Nay là: Thứ Ba, 09/08/2022, 08:00–11:30");
        assertThat(message(messages, "SESSION_CHANGED", LECTURER, "SMS").get("recipient").asString()).isEqualTo("+84903456789");
        assertThat(message(messages, "ATTENDANCE_AT_RISK", NAM, "EMAIL").get("text").asString())
                .contains("vắng 2 buổi trong tổng số 2 buổi học", "mức tối thiểu 80%");
        assertThat(text(messages, "RESULT_COMPLETED", TUYEN)).contains("Xếp loại: Xuất sắc", "Điểm tổng kết: 9,35",
                "https://assessment.trainingplatform.local/certificates/verify/7KQ2-M9XA");
        assertThat(text(messages, "RESULT_NOT_COMPLETED", NAM)).contains("- Chưa có điểm Bài thu hoạch");
        assertThat(text(messages, "MERIT_AWARDED", TUYEN)).contains("được tặng Giấy khen (xếp thứ 1");
        assertThat(text(messages, "CERTIFICATE_REVOKED", TUYEN)).contains("Lý do: Cấp nhầm họ tên");
    }

    private void theClassWithItsTrainees() {
        ClassOpened s1 = S1.classOpened(HOME_AFFAIRS);
        enrolmentEvents.accept(RecordedEvents.published(new ClassOpened(CLASS, HOME_AFFAIRS, s1.programmeId(),
                s1.programmeTitle(), "Lớp 2", s1.coOrganiserAgencyIds(), s1.nominatingAgencyIds(), s1.targetPositions(),
                35, S1.START, S1.END, S1.VENUE, "Asia/Ho_Chi_Minh")));
        for (TraineeRegistered trainee : List.of(trainee(TUYEN, "Nguyễn Thị Tuyến"), trainee(NAM, "Lê Văn Nam"))) {
            enrolmentEvents.accept(RecordedEvents.published(trainee));
            enrolmentEvents.accept(RecordedEvents.published(new TraineeEnrolled(CLASS, HOME_AFFAIRS, trainee.traineeId(),
                    DEPARTMENT_OF_CONSTRUCTION)));
        }
    }

    private static TraineeRegistered trainee(String id, String name) {
        TraineeRegistered random = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, name, "vi");
        return new TraineeRegistered(id, DEPARTMENT_OF_CONSTRUCTION, name, random.position(), random.unit(), null,
                random.email(), random.phone(), "vi");
    }

    /** The records in one poll, then each again alone. */
    private static void twice(List<Message<byte[]>> records, Consumer<Message<List<byte[]>>> consumer) {
        consumer.accept(RecordedEvents.poll(records));
        records.forEach(record -> consumer.accept(RecordedEvents.poll(List.of(record))));
    }

    private List<JsonNode> messages() {
        return iterable(expect(as(HOME_AFFAIRS).get("/api/classes/" + CLASS + "/deliveries"), 200).get("messages"));
    }

    /** Each message as kind/channel/recipient (the trainee's id, or lecturer:id). */
    private List<String> kinds() {
        return messages().stream().map(m -> m.get("kind").asString() + "/" + m.get("channel").asString() + "/"
                + (m.path("lecturerId").isString() ? "lecturer:" + m.get("lecturerId").asString()
                : m.get("traineeId").asString())).toList();
    }

    private static JsonNode message(List<JsonNode> messages, String kind, String recipient, String channel) {
        List<JsonNode> found = messages.stream().filter(m -> m.get("kind").asString().equals(kind)
                && m.get("channel").asString().equals(channel)
                && (recipient.equals(m.path("traineeId").asString())
                || recipient.equals("lecturer:" + m.path("lecturerId").asString()))).toList();
        assertThat(found).as(kind + " to " + recipient).isNotEmpty();
        return found.get(0);
    }

    private static String text(List<JsonNode> messages, String kind, String trainee) {
        return message(messages, kind, trainee, "EMAIL").get("text").asString();
    }
}
