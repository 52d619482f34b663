package org.trainingplatform.notification.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.support.sms.SmsSegments.Encoding.GSM_7;
import static org.trainingplatform.support.sms.SmsSegments.Encoding.UCS_2;

class SmsTextTest {

    @Test
    void plainTextTravelsAsGsm7With160CharactersInOneSmsAnd153PerPart() {
        assertThat(SmsText.of("a".repeat(160))).isEqualTo(new SmsText("a".repeat(160), GSM_7, 1));
        assertThat(SmsText.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void charactersOfTheGsm7ExtensionTableCountTwice() {
        assertThat(SmsText.of("€".repeat(80))).extracting(SmsText::encoding, SmsText::segments).containsExactly(GSM_7, 1);
        assertThat(SmsText.of("€".repeat(81)).segments()).isEqualTo(2);
    }

    @Test
    void oneVietnameseLetterWithDiacriticsSendsTheWholeTextAsUcs2With70CharactersAnd67PerPart() {
        assertThat(SmsText.of("ấ" + "a".repeat(69))).extracting(SmsText::encoding, SmsText::segments).containsExactly(UCS_2, 1);
        assertThat(SmsText.of("ấ" + "a".repeat(70)).segments()).isEqualTo(2);
        assertThat(SmsText.of("ấ" + "a".repeat(133)).segments()).isEqualTo(2);
        assertThat(SmsText.of("ấ" + "a".repeat(134)).segments()).isEqualTo(3);
    }

    @Test
    void foldingDropsDiacriticsWritesDAsDAndKeepsCase() {
        assertThat(SmsText.fold("Đỗ Thị Hương đã được ghi danh vào Lớp 2, Học viện Cán bộ quản lý xây dựng và đô thị"))
                .isEqualTo("Do Thi Huong da duoc ghi danh vao Lop 2, Hoc vien Can bo quan ly xay dung va do thi");
        assertThat(SmsText.fold("Ưu tiên – “Thứ Sáu”… ơ ư")).isEqualTo("Uu tien - \"Thu Sau\"... o u");
    }

    @Test
    void aTypicalVietnameseSmsCostsFewerSegmentsWithoutDiacritics() {
        String text = "Ông/bà Nguyễn Thị Tuyến đã được ghi danh vào Lớp 2, học từ 08/08/2022 đến 12/08/2022 "
                + "tại Học viện Cán bộ quản lý xây dựng và đô thị. Chi tiết đã gửi qua email.";
        SmsText withDiacritics = SmsText.of(text);
        SmsText without = SmsText.withoutDiacritics(text);

        assertThat(withDiacritics).extracting(SmsText::encoding, SmsText::segments).containsExactly(UCS_2, 3);
        assertThat(text).hasSize(159);
        assertThat(without).extracting(SmsText::encoding, SmsText::segments).containsExactly(GSM_7, 1);
        assertThat(without.text()).startsWith("Ong/ba Nguyen Thi Tuyen da duoc ghi danh vao Lop 2");
    }

    @Test
    void charactersNoSmsAlphabetHasBecomeAQuestionMarkWhenFolded() {
        assertThat(SmsText.withoutDiacritics("Hội nghị 会议")).extracting(SmsText::text, SmsText::encoding)
                .containsExactly("Hoi nghi ??", GSM_7);
    }
}
