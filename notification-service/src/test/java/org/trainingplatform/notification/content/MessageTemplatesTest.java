package org.trainingplatform.notification.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesTest {

    static final String PROGRAMME = "Nâng cao năng lực chỉ đạo, điều hành xây dựng các chương trình, đề án phát triển "
            + "TP xanh, thông minh, hiện đại";
    static final String VENUE = "Học viện Cán bộ quản lý xây dựng và đô thị";
    static final Instant ISSUED = Instant.parse("2022-08-01T01:30:00Z");

    final MessageTemplates templates = new MessageTemplates(null);

    @Test
    void theVietnameseConfirmationAddressesTheTraineeAndGivesClassProgrammeDatesAndVenue() {
        EmailContent email = templates.email(letter("enrolment-confirmed", Language.vi, false, Map.of()));

        assertThat(email.subject()).isEqualTo("Xác nhận ghi danh vào Lớp 2");
        assertThat(email.text())
                .startsWith("Kính gửi ông/bà Nguyễn Thị Tuyến,\n\nÔng/bà đã được ghi danh vào Lớp 2 thuộc chương trình "
                        + "bồi dưỡng “" + PROGRAMME + "”.")
                .contains("Thời gian: từ Thứ Hai, 08/08/2022 đến Thứ Sáu, 12/08/2022",
                        "Địa điểm: " + VENUE,
                        "Thông báo lập lúc 08:30 Thứ Hai, 01/08/2022.",
                        "Để ngừng nhận thông báo qua email");
        assertThat(email.html())
                .contains("<html lang=\"vi\"", "Kính gửi ông/bà <strong>Nguyễn Thị Tuyến</strong>",
                        "Thứ Hai, 08/08/2022", "Thứ Sáu, 12/08/2022", VENUE, PROGRAMME)
                .doesNotContain("th:", "[(");
    }

    @Test
    void theEnglishVersionSaysTheSameWithEnglishDates() {
        EmailContent email = templates.email(letter("enrolment-confirmed", Language.en, false, Map.of()));

        assertThat(email.subject()).isEqualTo("Enrolment confirmed: Lớp 2");
        assertThat(email.text()).startsWith("Dear Nguyễn Thị Tuyến,")
                .contains("enrolled in the class “Lớp 2” of the training programme “" + PROGRAMME + "”",
                        "Dates: from Monday, 8 August 2022 to Friday, 12 August 2022", "Venue: " + VENUE,
                        "Issued at 08:30, Monday, 1 August 2022.");
        assertThat(email.html()).contains("<html lang=\"en\"", "Monday, 8 August 2022");
    }

    @Test
    void datesAndTimesAreWrittenInTheTraineesZone() {
        Letter inBeijing = new Letter("class-rescheduled", Language.vi, Addressee.trainee("Trần Văn Bình"),
                "Lớp học tập kinh nghiệm", "Bồi dưỡng cán bộ quy hoạch", LocalDate.of(2024, 9, 22),
                LocalDate.of(2024, 9, 28), "Trường Đảng Bắc Kinh", ZoneId.of("Asia/Shanghai"),
                Instant.parse("2024-09-01T16:30:00Z"), true, Map.of(), List.of());

        assertThat(templates.email(inBeijing).text()).contains("Thông báo lập lúc 00:30 Thứ Hai, 02/09/2024.",
                "từ Chủ Nhật, 22/09/2024 đến Thứ Bảy, 28/09/2024");
    }

    @Test
    void aMandatoryMessageSaysSoAndAReasonIsGiven() {
        Map<String, String> reason = Map.of("reason", "Thay đổi kế hoạch của Thành ủy");
        EmailContent email = templates.email(letter("class-cancelled", Language.vi, true, reason));

        assertThat(email.subject()).isEqualTo("Thông báo hủy Lớp 2");
        assertThat(email.text()).contains("ĐÃ BỊ HỦY", "Lý do: Thay đổi kế hoạch của Thành ủy.",
                "Đây là thông báo bắt buộc").doesNotContain("Để ngừng nhận");
        assertThat(email.html()).contains("Đây là thông báo bắt buộc");
        assertThat(templates.sms(letter("class-cancelled", Language.vi, true, reason)))
                .isEqualTo("Lớp 2 (08/08/2022-12/08/2022) đã bị hủy. Lý do: Thay đổi kế hoạch của Thành ủy. (Thông báo bắt buộc)");
    }

    @Test
    void anSmsIsOneLineWithTheEssentials() {
        assertThat(templates.sms(letter("enrolment-confirmed", Language.vi, false, Map.of())))
                .isEqualTo("Ông/bà Nguyễn Thị Tuyến đã được ghi danh vào Lớp 2, học từ 08/08/2022 đến 12/08/2022 tại "
                        + VENUE + ". Chi tiết đã gửi qua email.");
        assertThat(templates.sms(letter("waitlisted", Language.en, false, Map.of("waitlistPosition", "3"))))
                .isEqualTo("Lớp 2 (08/08/2022-12/08/2022) is full. Nguyễn Thị Tuyến, you are on the "
                        + "waiting list, position 3.");
    }

    @Test
    void aTimetableListsTheSessionsDayByDayInTheClasssZone() {
        List<SessionLine> sessions = List.of(
                new SessionLine("OPENING_CEREMONY", "Khai giảng lớp bồi dưỡng", Instant.parse("2022-08-08T01:00:00Z"),
                        Instant.parse("2022-08-08T01:30:00Z"), VENUE),
                new SessionLine("LECTURE", "Tổng quan về đô thị xanh", Instant.parse("2022-08-08T01:30:00Z"),
                        Instant.parse("2022-08-08T04:30:00Z"), VENUE),
                new SessionLine("FIELD_STUDY", "Khảo sát thực tế tại Khu đô thị Ecopark", Instant.parse("2022-08-09T06:30:00Z"),
                        Instant.parse("2022-08-09T10:00:00Z"), null));

        EmailContent email = templates.email(letter("timetable", Language.vi, false, Map.of(), sessions));

        assertThat(email.subject()).isEqualTo("Lịch học Lớp 2");
        assertThat(email.text()).contains("""
                Thứ Hai, 08/08/2022
                  08:00–08:30  Khai giảng lớp bồi dưỡng – Học viện Cán bộ quản lý xây dựng và đô thị
                  08:30–11:30  Chuyên đề: Tổng quan về đô thị xanh – Học viện Cán bộ quản lý xây dựng và đô thị
                Thứ Ba, 09/08/2022
                  13:30–17:00  Học tập thực tế: Khảo sát thực tế tại Khu đô thị Ecopark
                """);
        assertThat(email.html()).contains(">Thứ Ba, 09/08/2022</td>", ">13:30–17:00</td>");
        assertThat(templates.sms(letter("timetable", Language.vi, false, Map.of(), sessions)))
                .isEqualTo("Lịch học Lớp 2: 3 buổi, buổi đầu tiên lúc 08:00 ngày 08/08/2022 tại " + VENUE
                        + ". Chi tiết đã gửi qua email.");
        EmailContent updated = templates.email(letter("timetable", Language.vi, false, Map.of("updated", "true"), sessions));
        assertThat(updated.subject()).isEqualTo("Lịch học Lớp 2 (cập nhật)");
        assertThat(updated.text()).contains("trân trọng gửi ông/bà lịch học đã cập nhật của Lớp 2");
    }

    @Test
    void aMovedSessionGivesItsOldAndNewTimeAndVenueAndALecturerIsAddressedByTitle() {
        Map<String, String> moved = Map.of("session", "Quy hoạch Thủ đô", "oldStart", "2022-08-08T01:30:00Z",
                "oldEnd", "2022-08-08T04:30:00Z", "oldVenue", "Hội trường A", "newStart", "2022-08-09T06:30:00Z",
                "newEnd", "2022-08-09T10:00:00Z", "newVenue", "Hội trường B", "lecturers", "TS. Lê Thanh Bình");
        Letter toLecturer = new Letter("session-changed", Language.vi, Addressee.lecturer("Nguyễn Văn An", "PGS.TS."),
                "Lớp 2", PROGRAMME, null, null, VENUE, ZoneId.of("Asia/Ho_Chi_Minh"), ISSUED, true, moved, List.of());

        EmailContent email = templates.email(toLecturer);

        assertThat(email.text()).startsWith("Kính gửi PGS.TS. Nguyễn Văn An,").contains(
                "Trước đây: Thứ Hai, 08/08/2022, 08:30–11:30, tại Hội trường A\n"
                        + "Nay là: Thứ Ba, 09/08/2022, 13:30–17:00, tại Hội trường B\nGiảng viên: TS. Lê Thanh Bình",
                "Ông/bà nhận được thư này vì là giảng viên của buổi học nêu trên.").doesNotContain("bắt buộc");
        assertThat(templates.sms(toLecturer)).isEqualTo("Lớp 2: buổi học “Quy hoạch Thủ đô” nay diễn ra lúc 13:30 "
                + "ngày 09/08/2022 tại Hội trường B (trước đây: 08:30 ngày 08/08/2022).");
        assertThat(templates.email(letter("session-changed", Language.vi, true, moved)).text())
                .startsWith("Kính gửi ông/bà Nguyễn Thị Tuyến,").contains("Đây là thông báo bắt buộc");
    }

    @Test
    void aResultGivesTheClassificationInWordsTheScoreWithADecimalCommaAndTheVerificationLink() {
        Map<String, String> words = Map.of("EXCELLENT", "Xuất sắc", "VERY_GOOD", "Giỏi", "GOOD", "Khá", "AVERAGE", "Trung bình");
        words.forEach((classification, vietnamese) -> assertThat(templates.email(letter("result-completed", Language.vi,
                false, Map.of("classification", classification, "finalScore", "8.50", "attendanceRate", "0.875",
                        "verificationUrl", "https://verify.example/AB12"))).text())
                .contains("Điểm tổng kết: 8,5\nXếp loại: " + vietnamese + "\nTỷ lệ tham dự: 87,5%",
                        "kiểm tra tính hợp lệ của giấy chứng nhận tại:\nhttps://verify.example/AB12"));
        assertThat(templates.email(letter("result-completed", Language.en, false, Map.of("classification", "VERY_GOOD",
                "finalScore", "8.50"))).text()).contains("Final score: 8.5\nClassification: Very good");
    }

    @Test
    void aClassTitleThatDoesNotSayLopIsIntroducedAsAClass() {
        assertThat(MessageTemplates.classPhrase("Quản lý đô thị thông minh", Language.vi, false))
                .isEqualTo("lớp Quản lý đô thị thông minh");
        assertThat(MessageTemplates.classPhrase("Lớp 2", Language.vi, true)).isEqualTo("Lớp 2");
        assertThat(MessageTemplates.classPhrase("khóa 3", Language.vi, true)).isEqualTo("Khóa 3");
    }

    @Test
    void anOverrideReplacesABuiltInTemplateAndABrokenOneFailsWithItsName(@TempDir Path overrides) throws IOException {
        MessageTemplates withOverrides = new MessageTemplates(overrides);
        Files.createDirectories(overrides.resolve("sms"));
        Files.writeString(overrides.resolve("sms/enrolment-confirmed.vi.txt"), "Chúc mừng [(${name})]!");
        assertThat(withOverrides.sms(letter("enrolment-confirmed", Language.vi, false, Map.of())))
                .isEqualTo("Chúc mừng Nguyễn Thị Tuyến!");

        Files.writeString(overrides.resolve("sms/enrolment-confirmed.vi.txt"), "Chúc mừng [(${name.noSuchMethod()})]!");
        assertThatThrownBy(() -> withOverrides.sms(letter("enrolment-confirmed", Language.vi, false, Map.of())))
                .isInstanceOf(TemplateFailure.class)
                .hasMessageStartingWith("Template sms/enrolment-confirmed.vi.txt could not be rendered")
                .hasMessageContaining("noSuchMethod");

        Files.delete(overrides.resolve("sms/enrolment-confirmed.vi.txt"));
        assertThat(withOverrides.sms(letter("enrolment-confirmed", Language.vi, false, Map.of()))).startsWith("Ông/bà");
    }

    @Test
    void aMissingTemplateFailsWithItsName() {
        assertThatThrownBy(() -> templates.email(letter("no-such-kind", Language.vi, false, Map.of())))
                .isInstanceOf(TemplateFailure.class).hasMessageStartingWith("Template email/no-such-kind.vi.html");
    }

    static Letter letter(String template, Language language, boolean mandatory, Map<String, String> details) {
        return letter(template, language, mandatory, details, List.of());
    }

    static Letter letter(String template, Language language, boolean mandatory, Map<String, String> details,
                         List<SessionLine> sessions) {
        return new Letter(template, language, Addressee.trainee("Nguyễn Thị Tuyến"), "Lớp 2", PROGRAMME,
                LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), VENUE, ZoneId.of("Asia/Ho_Chi_Minh"), ISSUED,
                mandatory, details, sessions);
    }
}
