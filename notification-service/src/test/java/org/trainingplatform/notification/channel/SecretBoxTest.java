package org.trainingplatform.notification.channel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.net.URI;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    final SecretBox box = new SecretBox(ChannelConfiguration.DEVELOPMENT_KEY);

    @Test
    void aSealedSecretOpensForItsAgencyAndDoesNotShowWhatItHolds() {
        EncryptedSecret sealed = box.seal("mật-khẩu-SMTP-2022", "hanoi-home-affairs");

        assertThat(box.open(sealed, "hanoi-home-affairs")).isEqualTo("mật-khẩu-SMTP-2022");
        assertThat(sealed.sealed()).startsWith("v1:").doesNotContain("SMTP");
        assertThat(sealed.toString()).isEqualTo("******");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        assertThat(box.seal("k", "a").sealed()).isNotEqualTo(box.seal("k", "a").sealed());
    }

    @Test
    void aSecretCopiedToAnotherAgencyOrAlteredOrOpenedWithAnotherKeyDoesNotOpen() {
        EncryptedSecret sealed = box.seal("api-key", "hanoi-home-affairs");
        assertThatThrownBy(() -> box.open(sealed, "tien-giang-construction")).hasMessageContaining("does not open");

        byte[] bytes = Base64.getDecoder().decode(sealed.sealed().substring(3));
        bytes[bytes.length - 1] ^= 1;
        EncryptedSecret altered = new EncryptedSecret("v1:" + Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> box.open(altered, "hanoi-home-affairs")).hasMessageContaining("does not open");

        SecretBox otherKey = new SecretBox(Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> otherKey.open(sealed, "hanoi-home-affairs")).hasMessageContaining("does not open");
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void credentialsInClearAreMaskedWhereverTheyArePrinted() {
        var smtp = new SmtpSettings("smtp.hanoi.gov.vn", 587, "daotao", "mật-khẩu", "daotao@hanoi.gov.vn", null, true,
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        var sms = new SmsSettings(URI.create("https://sms.example.vn/api/sms"), "khoa-api-bi-mat", "SONOIVU",
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        var stored = AgencyChannels.of("hanoi-home-affairs");
        stored.replace(new AgencyChannels.SmtpRelay("smtp.hanoi.gov.vn", 587, "daotao", box.seal("mật-khẩu", "x"),
                        "daotao@hanoi.gov.vn", null, true),
                new AgencyChannels.SmsGateway("https://sms.example.vn/api/sms", box.seal("khoa-api-bi-mat", "x"), null),
                false, null, null);
        var change = new ChannelSettings.SmtpChange("smtp.hanoi.gov.vn", 587, "daotao", "mật-khẩu", "a@b.vn", null, true);

        assertThat(smtp.toString() + sms + stored + change + new ChannelSettings.SmsChange("u", "khoa-api-bi-mat", null))
                .doesNotContain("mật-khẩu", "khoa-api-bi-mat", "v1:").contains("******");
    }
}
