package org.trainingplatform.notification;

import org.junit.jupiter.api.Test;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeRegistered;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.SchedulingNotificationsIT.count;
import static org.trainingplatform.notification.SchedulingNotificationsIT.mail;
import static org.trainingplatform.notification.SchedulingNotificationsIT.text;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * The closing of a class from the trainees' side: each is told their result, with the classification in
 * words and the link anyone can use to check the certificate, or the reasons they did not complete; the
 * outstanding get their certificate of merit; a revoked certificate is told even on an opted-out channel.
 */
class AssessmentNotificationsIT extends NotificationIntegrationTest {

    static final String VERIFY = "https://assessment.trainingplatform.local/certificates/verify/";

    @Test
    void eachTraineeIsToldTheirResultCertificateLinkMeritAndRevocationOnceEach() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered tuyen = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Nguyễn Thị Tuyến", "vi");
        TraineeRegistered hung = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Trần Quốc Hùng", "en");
        TraineeRegistered nam = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Lê Văn Nam", "vi");
        List.of(tuyen, hung, nam, klass, S1.enrolled(klass, tuyen), S1.enrolled(klass, hung), S1.enrolled(klass, nam))
                .forEach(events::publish);
        await().atMost(PATIENCE).until(() -> mailsTo(tuyen.email()).size() == 1 && mailsTo(hung.email()).size() == 1
                && mailsTo(nam.email()).size() == 1);

        CourseCompleted excellent = new CourseCompleted(klass.classId(), HOME_AFFAIRS, tuyen.traineeId(),
                DEPARTMENT_OF_CONSTRUCTION, "Lớp 2", new BigDecimal("9.35"), "EXCELLENT", 1.0, "HN-2022-000123",
                VERIFY + "7KQ2-M9XA");
        String completedId = events.publish(excellent);
        events.publish(excellent, completedId);
        events.publish(new CourseCompleted(klass.classId(), HOME_AFFAIRS, hung.traineeId(), DEPARTMENT_OF_CONSTRUCTION,
                "Lớp 2", new BigDecimal("8.20"), "VERY_GOOD", 0.9, "HN-2022-000124", VERIFY + "3FJD-82PL"));
        events.publish(new CourseNotCompleted(klass.classId(), HOME_AFFAIRS, nam.traineeId(), DEPARTMENT_OF_CONSTRUCTION,
                "Lớp 2", null, 0.6, List.of("Tham dự 6/10 buổi (60%), thấp hơn mức tối thiểu 80%",
                "Chưa có điểm Bài thu hoạch")));
        MeritAwarded merit = new MeritAwarded(klass.classId(), HOME_AFFAIRS, tuyen.traineeId(), DEPARTMENT_OF_CONSTRUCTION,
                1, new BigDecimal("9.35"));
        String meritId = events.publish(merit);
        events.publish(merit, meritId);

        await().atMost(PATIENCE).until(() -> count(tuyen, "Kết quả học tập Lớp 2") == 1
                && count(tuyen, "Giấy khen học viên xuất sắc Lớp 2") == 1 && count(hung, "Your result: Lớp 2") == 1
                && count(nam, "Kết quả học tập Lớp 2") == 1 && smsTo(tuyen.phone()).size() == 3
                && smsTo(nam.phone()).size() == 2);
        assertThat(text(mail(tuyen, "Kết quả học tập Lớp 2"))).contains("ông/bà đã hoàn thành Lớp 2 thuộc chương trình "
                        + "bồi dưỡng", "Điểm tổng kết: 9,35\nXếp loại: Xuất sắc\nTỷ lệ tham dự: 100%\n"
                        + "Giấy chứng nhận số: HN-2022-000123",
                "Bất kỳ ai cũng có thể kiểm tra tính hợp lệ của giấy chứng nhận tại:\n" + VERIFY + "7KQ2-M9XA");
        assertThat(mail(tuyen, "Kết quả học tập Lớp 2").html()).contains("<a href=\"" + VERIFY + "7KQ2-M9XA\">");
        assertThat(smsTo(tuyen.phone()).get(1).text()).isEqualTo("Chúc mừng ông/bà Nguyễn Thị Tuyến đã hoàn thành Lớp 2, "
                + "xếp loại Xuất sắc, điểm tổng kết 9,35. Kiểm tra giấy chứng nhận tại " + VERIFY + "7KQ2-M9XA");
        assertThat(text(mail(hung, "Your result: Lớp 2"))).contains("Final score: 8.2\nClassification: Very good",
                VERIFY + "3FJD-82PL");
        assertThat(text(mail(nam, "Kết quả học tập Lớp 2"))).contains("ông/bà chưa đủ điều kiện hoàn thành Lớp 2",
                "vì:\n- Tham dự 6/10 buổi (60%), thấp hơn mức tối thiểu 80%\n- Chưa có điểm Bài thu hoạch",
                "Tỷ lệ tham dự: 60%").doesNotContain("Điểm tổng kết");
        assertThat(smsTo(nam.phone()).get(1).text()).isEqualTo("Ông/bà Lê Văn Nam chưa đủ điều kiện hoàn thành Lớp 2. "
                + "Lý do: Tham dự 6/10 buổi (60%), thấp hơn mức tối thiểu 80%; Chưa có điểm Bài thu hoạch. "
                + "Chi tiết đã gửi qua email.");
        assertThat(text(mail(tuyen, "Giấy khen học viên xuất sắc Lớp 2"))).contains("được tặng Giấy khen (xếp thứ 1, "
                + "điểm tổng kết 9,35)");

        expect(as(DEPARTMENT_OF_CONSTRUCTION).put("/api/trainees/" + tuyen.traineeId() + "/preferences",
                "{\"emailOptOut\":true,\"smsOptOut\":false}"), 200);
        events.publish(new CertificateRevoked(klass.classId(), HOME_AFFAIRS, tuyen.traineeId(), "HN-2022-000123",
                "Kết quả điểm danh được điều chỉnh sau khi xác minh"));

        String revoked = "Thông báo thu hồi giấy chứng nhận – Lớp 2";
        await().atMost(PATIENCE).until(() -> count(tuyen, revoked) == 1 && smsTo(tuyen.phone()).size() == 4);
        assertThat(text(mail(tuyen, revoked))).contains("giấy chứng nhận hoàn thành Lớp 2 thuộc chương trình bồi dưỡng",
                "số HN-2022-000123 cấp cho ông/bà ĐÃ BỊ THU HỒI.",
                "Lý do: Kết quả điểm danh được điều chỉnh sau khi xác minh.", "Đây là thông báo bắt buộc");
        assertThat(smsTo(tuyen.phone()).get(3).text()).endsWith("(Thông báo bắt buộc)");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(tuyen.email()).size() == 4
                && smsTo(tuyen.phone()).size() == 4 && mailsTo(hung.email()).size() == 2 && mailsTo(nam.email()).size() == 2);
    }
}
