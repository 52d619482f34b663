package org.trainingplatform.events.enrolment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassOpenedTest {

    @Test
    void organiserCoOrganisersAndNominatingAgenciesAreInvolvedEachOnce() {
        ClassOpened opened = new ClassOpened("class-1", "hanoi", "prog-1", "Programme", "Class 1",
                List.of("academy", "hanoi"), List.of("province", "academy"), List.of(), 60,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "Hall A", "Asia/Ho_Chi_Minh");

        assertThat(opened.involvedAgencyIds()).containsExactly("hanoi", "academy", "province");
    }
}
