package org.trainingplatform.events;

import org.trainingplatform.events.assessment.CertificateIssued;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.ClassResultsPublished;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.GradeRecorded;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.events.enrolment.AgencyProfileChanged;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.NominationRejected;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeNominated;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.enrolment.TraineeWaitlisted;
import org.trainingplatform.events.notification.LecturerMessageFailed;
import org.trainingplatform.events.notification.LecturerMessageSent;
import org.trainingplatform.events.notification.MessageFailed;
import org.trainingplatform.events.notification.MessageSent;
import org.trainingplatform.events.scheduling.AttendanceAtRisk;
import org.trainingplatform.events.scheduling.AttendanceRecorded;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One realistic instance of every event type, taken from the reference scenarios. */
final class EventSamples {

    private static final String CLASS = "c0a80101-0000-4000-8000-000000000002";
    private static final String HANOI_HOME_AFFAIRS = "hanoi-home-affairs";
    private static final String TRAINEE = "7d1f5e2a-3b4c-4d5e-8f60-718293a4b5c6";

    private EventSamples() {
    }

    static List<Record> all() {
        return List.of(
                new AgencyProfileChanged(HANOI_HOME_AFFAIRS, "Sở Nội vụ thành phố Hà Nội", "Hanoi Department of Home Affairs",
                        "DEPARTMENT", "VN"),
                new TraineeRegistered(TRAINEE, HANOI_HOME_AFFAIRS, "Nguyễn Thị Tuyến", "Phó Giám đốc Sở",
                        "Sở Xây dựng", "Giám đốc Sở", "tuyen.nt@hanoi.gov.vn", "+84912345678", "vi"),
                new TraineeContactChanged(TRAINEE, HANOI_HOME_AFFAIRS, "tuyen@hanoi.gov.vn", null, "en"),
                new ClassOpened(CLASS, HANOI_HOME_AFFAIRS, "prog-2", "Nâng cao năng lực chỉ đạo, điều hành xây dựng "
                        + "các chương trình, đề án phát triển TP xanh, thông minh, hiện đại", "Lớp 2",
                        List.of("academy-construction"), List.of("hanoi-home-affairs"),
                        List.of("Phó Giám đốc Sở", "Trưởng ban quản lý dự án"), 35,
                        LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), "Học viện Cán bộ quản lý xây dựng và đô thị",
                        "Asia/Ho_Chi_Minh"),
                new ClassStatusChanged(CLASS, HANOI_HOME_AFFAIRS, "CANCELLED", "Hoãn do dịch bệnh"),
                new ClassRescheduled(CLASS, HANOI_HOME_AFFAIRS, LocalDate.of(2022, 8, 15), LocalDate.of(2022, 8, 19), null),
                new TraineeNominated(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, true),
                new TraineeEnrolled(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS),
                new TraineeWaitlisted(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, 3),
                new TraineePromotedFromWaitlist(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS),
                new NominationRejected(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, "Không thuộc đối tượng"),
                new EnrolmentWithdrawn(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, "ENROLLED", "Công tác đột xuất"),
                new SessionScheduled(CLASS, HANOI_HOME_AFFAIRS, "s-1", "LECTURE", "Tổng quan về đô thị xanh, thông minh",
                        Instant.parse("2022-08-08T01:30:00Z"), Instant.parse("2022-08-08T04:30:00Z"), "Asia/Ho_Chi_Minh",
                        "v-1", "Hội trường A", List.of("l-1"), 0),
                new SessionRescheduled(CLASS, HANOI_HOME_AFFAIRS, "s-1", "Tổng quan về đô thị xanh, thông minh",
                        Instant.parse("2022-08-09T01:30:00Z"), Instant.parse("2022-08-09T04:30:00Z"), "Asia/Ho_Chi_Minh",
                        null, null, List.of(), 1),
                new SessionCancelled(CLASS, HANOI_HOME_AFFAIRS, "s-1", "Tổng quan về đô thị xanh, thông minh",
                        Instant.parse("2022-08-09T01:30:00Z"), "Giảng viên ốm", 2),
                new AttendanceRecorded(CLASS, HANOI_HOME_AFFAIRS, "s-1", TRAINEE, "LATE", false, 4, 10, 0.4),
                new AttendanceAtRisk(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, 5, 3, 10, 0.7, 0.8),
                new LecturerRegistered("l-1", "academy-construction", "Nguyễn Đình Toàn", "TS.", "toan.nd@moc.gov.vn", "+84912000111"),
                new LecturerUpdated("l-1", "academy-construction", "Nguyễn Đình Toàn", "PGS.TS.", "toan.nd@moc.gov.vn", null),
                new GradeRecorded(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, "final-essay", new BigDecimal("8.50"), false),
                new CourseCompleted(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, "Lớp 2", new BigDecimal("9.10"),
                        "EXCELLENT", 1.0, "SNV-2022-000017", "https://verify.example/certificates/K7Q2M9X4TB"),
                new CourseNotCompleted(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, "Lớp 2", null, 0.6,
                        List.of("Dự 6/10 buổi (60%), dưới mức 80%", "Chưa có điểm bài thu hoạch")),
                new ClassResultsPublished(CLASS, HANOI_HOME_AFFAIRS, "Lớp 2", 256, 256,
                        Map.of("EXCELLENT", 40, "VERY_GOOD", 113, "GOOD", 99, "AVERAGE", 4, "FAIL", 0), 0.984, 0.598),
                new CertificateIssued(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, "SNV-2022-000017",
                        "https://verify.example/certificates/K7Q2M9X4TB"),
                new CertificateRevoked(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, "SNV-2022-000017", "Cấp nhầm"),
                new MeritAwarded(CLASS, HANOI_HOME_AFFAIRS, TRAINEE, HANOI_HOME_AFFAIRS, 1, new BigDecimal("9.80")),
                new MessageSent("e1f2:" + TRAINEE + ":EMAIL", HANOI_HOME_AFFAIRS, CLASS, TRAINEE, "ENROLMENT_CONFIRMED",
                        "EMAIL", 1, "e1f2"),
                new MessageFailed("e1f2:" + TRAINEE + ":SMS", HANOI_HOME_AFFAIRS, CLASS, TRAINEE, "ENROLMENT_CONFIRMED",
                        "SMS", 5, "e1f2", "The SMS provider refused the number +84912345678: not a subscriber"),
                new LecturerMessageSent("a9c3:lecturer:l-1:EMAIL", HANOI_HOME_AFFAIRS, CLASS, "l-1",
                        "SESSION_CHANGED", "EMAIL", 1, "a9c3"),
                new LecturerMessageFailed("a9c3:lecturer:l-1:SMS", HANOI_HOME_AFFAIRS, CLASS, "l-1",
                        "SESSION_CHANGED", "SMS", 0, "a9c3", "'0912' is not a mobile number"));
    }
}
