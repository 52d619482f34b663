package org.trainingplatform.notification.message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trainingplatform.notification.content.Addressee;
import org.trainingplatform.notification.content.EmailContent;
import org.trainingplatform.notification.content.Language;
import org.trainingplatform.notification.content.Letter;
import org.trainingplatform.notification.content.MessageTemplates;
import org.trainingplatform.notification.content.SmsText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of message can be written, by email and SMS, in every language, with or without its details. */
class MessageKindTest {

    static final MessageTemplates TEMPLATES = new MessageTemplates(null);

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void everyKindHasItsTemplatesInEveryLanguage(MessageKind kind) {
        for (Language language : Language.values()) {
            for (Map<String, String> details : java.util.List.of(Map.<String, String>of(),
                    Map.of("reason", "Lý do cụ thể", "waitlistPosition", "2"))) {
                Letter letter = new Letter(kind.template(), language, Addressee.trainee("Phạm Thu Trang"), "Lớp 1",
                        "Chương trình 1", LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 2), null,
                        ZoneId.of("Asia/Ho_Chi_Minh"), Instant.parse("2022-03-01T02:00:00Z"), kind.mandatory(), details,
                        List.of());
                EmailContent email = TEMPLATES.email(letter);
                String sms = TEMPLATES.sms(letter);

                assertThat(email.subject()).as(kind + " " + language).isNotBlank().doesNotContain("\n", "[(");
                assertThat(email.text()).contains("Phạm Thu Trang", "Lớp 1").doesNotContain("[(", "[#", "th:");
                assertThat(email.html()).contains("Phạm Thu Trang", "Chương trình 1").doesNotContain("th:", "[(");
                assertThat(sms).contains("Lớp 1").doesNotContain("\n", "[(", "[#");
                assertThat(SmsText.withoutDiacritics(sms).encoding()).isEqualTo(SmsText.Encoding.GSM_7);
                if (kind.mandatory()) {
                    assertThat(email.text()).contains(language == Language.vi ? "thông báo bắt buộc" : "mandatory notice");
                    assertThat(sms).containsAnyOf("(Thông báo bắt buộc)", "(Mandatory notice)");
                }
                if (details.containsKey("reason") && (kind.name().contains("REJECTED") || kind.name().contains("WITHDRAWN")
                        || kind == MessageKind.CLASS_CANCELLED)) {
                    assertThat(email.text()).contains("Lý do cụ thể");
                    assertThat(sms).contains("Lý do cụ thể");
                }
            }
        }
    }
}
