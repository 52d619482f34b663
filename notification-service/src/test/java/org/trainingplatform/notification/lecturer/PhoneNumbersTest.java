package org.trainingplatform.notification.lecturer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @Test
    void aNumberWrittenAsPeopleDoIsReadAsE164AndOneThatCannotBeReadIsKeptAsWritten() {
        assertThat(PhoneNumbers.e164("0912 345 678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.e164("+84 912-345-678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.e164("84912345678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.e164("+86 138 0013 8000")).isEqualTo("+8613800138000");
        assertThat(PhoneNumbers.e164("024 3825")).isEqualTo("024 3825");
        assertThat(PhoneNumbers.e164(" ")).isNull();
    }
}
