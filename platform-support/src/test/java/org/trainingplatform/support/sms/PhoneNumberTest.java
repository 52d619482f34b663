package org.trainingplatform.support.sms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "0912345678, +84912345678",
            "0912 345 678, +84912345678",
            "091.234.5678, +84912345678",
            "84912345678, +84912345678",
            "+84 912-345-678, +84912345678",
            "0387654321, +84387654321",
            "+8613812345678, +8613812345678"})
    void vietnameseAndInternationalNumbersAreNormalisedToE164(String written, String e164) {
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0241234567", "012345", "09123456789", "phone", "+84 24 3825 1234"})
    void landlinesAndNonsenseAreRefused(String written) {
        assertThatThrownBy(() -> PhoneNumber.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(written);
    }
}
