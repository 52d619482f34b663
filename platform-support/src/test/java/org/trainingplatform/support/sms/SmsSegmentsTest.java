package org.trainingplatform.support.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.support.sms.SmsSegments.Encoding.GSM_7;
import static org.trainingplatform.support.sms.SmsSegments.Encoding.UCS_2;

class SmsSegmentsTest {

    @Test
    void plainTextFitsOneMessageUpTo160Characters() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(GSM_7, 1));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(GSM_7, 2));
        assertThat(SmsSegments.of("a".repeat(306))).isEqualTo(new SmsSegments(GSM_7, 2));
        assertThat(SmsSegments.of("a".repeat(307))).isEqualTo(new SmsSegments(GSM_7, 3));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(GSM_7, 1));
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(GSM_7, 2));
    }

    @Test
    void vietnameseDiacriticsSendTheTextAsUcs2() {
        assertThat(SmsSegments.of("Khoá học bồi dưỡng")).isEqualTo(new SmsSegments(UCS_2, 1));
        assertThat(SmsSegments.of("ư".repeat(70))).isEqualTo(new SmsSegments(UCS_2, 1));
        assertThat(SmsSegments.of("ư".repeat(71))).isEqualTo(new SmsSegments(UCS_2, 2));
        assertThat(SmsSegments.of("ư".repeat(134))).isEqualTo(new SmsSegments(UCS_2, 2));
        assertThat(SmsSegments.of("ư".repeat(135))).isEqualTo(new SmsSegments(UCS_2, 3));
    }

    @Test
    void textWithoutDiacriticsStaysGsm7() {
        assertThat(SmsSegments.of("Khoa hoc boi duong can bo: lop K12 khai giang 08:00 ngay 02/03").encoding())
                .isEqualTo(GSM_7);
    }

    @Test
    void encodingsCarryTheNamesGatewaysUse() {
        assertThat(GSM_7.label()).isEqualTo("GSM-7");
        assertThat(UCS_2.label()).isEqualTo("UCS-2");
    }
}
