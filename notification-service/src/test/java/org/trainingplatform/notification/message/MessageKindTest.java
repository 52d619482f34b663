package org.trainingplatform.notification.message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trainingplatform.notification.content.Addressee;
import org.trainingplatform.notification.content.EmailContent;
import org.trainingplatform.notification.content.Language;
import org.trainingplatform.notification.content.Letter;
import org.trainingplatform.notification.content.MessageTemplates;
import org.trainingplatform.notification.content.SessionLine;
import org.trainingplatform.notification.content.SmsText;
import org.trainingplatform.support.sms.SmsSegments.Encoding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of message can be written, by email and SMS, in every language, with or without its details. */
class MessageKindTest {

    static final MessageTemplates TEMPLATES = new MessageTemplates(null);
    static final Set<MessageKind> GIVE_A_REASON = Set.of(MessageKind.NOMINATION_REJECTED, MessageKind.ENROLMENT_WITHDRAWN,
            MessageKind.CLASS_CANCELLED, MessageKind.SESSION_CHANGED, MessageKind.CERTIFICATE_REVOKED);
    static final Map<String, String> EVERY_DETAIL = Map.ofEntries(entry("reason", "Lý do cụ thể"),
            entry("waitlistPosition", "2"), entry("session", "Chuyên đề 1"), entry("sessionKind", "LECTURE"),
            entry("oldStart", "2022-03-31T01:00:00Z"), entry("oldEnd", "2022-03-31T04:30:00Z"), entry("oldVenue", "Phòng 1"),
            entry("cancelled", "true"), entry("lecturers", "TS. Lê Hoa"), entry("day", "2022-03-31"),
            entry("attendedSessions", "1"), entry("missedSessions", "2"), entry("scheduledSessions", "6"),
            entry("bestReachableRate", "0.6666666666666666"), entry("threshold", "0.8"), entry("classification", "GOOD"),
            entry("finalScore", "7.25"), entry("attendanceRate", "0.9"), entry("certificateNumber", "HN-2022-1"),
            entry("verificationUrl", "https://verify.example/x"), entry("reasons", "Lý do một\nLý do hai"),
            entry("rank", "3"));
    static final List<SessionLine> SESSIONS = List.of(new SessionLine("LECTURE", "Chuyên đề 1",
            Instant.parse("2022-03-31T01:00:00Z"), Instant.parse("2022-03-31T04:30:00Z"), "Phòng 1"));

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void everyKindHasItsTemplatesInEveryLanguage(MessageKind kind) {
        for (Language language : Language.values()) {
            for (boolean full : List.of(false, true)) {
                Letter letter = new Letter(kind.template(), language, Addressee.trainee("Phạm Thu Trang"), "Lớp 1",
                        "Chương trình 1", LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 2), null,
                        ZoneId.of("Asia/Ho_Chi_Minh"), Instant.parse("2022-03-01T02:00:00Z"), kind.mandatory(),
                        full ? EVERY_DETAIL : Map.of(), full ? SESSIONS : List.of());
                EmailContent email = TEMPLATES.email(letter);
                String sms = TEMPLATES.sms(letter);

                assertThat(email.subject()).as(kind + " " + language).isNotBlank().doesNotContain("\n", "[(", "null");
                assertThat(email.text()).contains("Phạm Thu Trang", "Lớp 1").doesNotContain("[(", "[#", "th:", "null");
                assertThat(email.html()).contains("Phạm Thu Trang", "Chương trình 1").doesNotContain("th:", "[(", "null");
                assertThat(sms).contains("Lớp 1").doesNotContain("\n", "[(", "[#", "null");
                assertThat(SmsText.withoutDiacritics(sms).encoding()).isEqualTo(Encoding.GSM_7);
                if (kind.mandatory()) {
                    assertThat(email.text()).contains(language == Language.vi ? "thông báo bắt buộc" : "mandatory notice");
                    assertThat(sms).containsAnyOf("(Thông báo bắt buộc)", "(Mandatory notice)");
                }
                if (full && GIVE_A_REASON.contains(kind)) {
                    assertThat(email.text()).contains("Lý do cụ thể");
                    assertThat(sms).contains("Lý do cụ thể");
                }
                if (full && kind.sessions() != MessageKind.Sessions.NONE) {
                    assertThat(email.text()).contains("Chuyên đề 1", "08:00–11:30");
                }
            }
        }
    }
}
