package org.trainingplatform.enrolment;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void foldingDropsDiacriticsAndCase() {
        assertThat(VietnameseText.fold("Nguyễn Thị Tuyến")).isEqualTo("nguyen thi tuyen");
        assertThat(VietnameseText.fold("  Phó Giám  đốc Sở ")).isEqualTo("pho giam doc so");
        assertThat(VietnameseText.fold("ĐẶNG")).isEqualTo("dang");
    }

    @Test
    void decomposedAndComposedSpellingsAreTheSameName() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Tuyến", Normalizer.Form.NFD);
        assertThat(VietnameseText.canonical(decomposed)).isEqualTo("Nguyễn Thị Tuyến");
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("nguyen thi tuyen");
    }
}
