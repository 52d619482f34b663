package org.trainingplatform.assessment.gradebook;

import org.junit.jupiter.api.Test;
import org.trainingplatform.support.web.InvalidFieldException;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradebookTest {

    @Test
    void aCorrectionNeedsAReasonAndKeepsTheScoreItReplaced() {
        Gradebook gradebook = Gradebook.of("c1", "hanoi-home-affairs");
        assertThat(gradebook.record("t", "final-essay", new BigDecimal("7.50"), "hanoi-home-affairs", null, Instant.now()))
                .isEqualTo(Gradebook.Outcome.RECORDED);
        assertThat(gradebook.record("t", "final-essay", new BigDecimal("7.5"), "hanoi-home-affairs", null, Instant.now()))
                .isEqualTo(Gradebook.Outcome.UNCHANGED);
        assertThatThrownBy(() -> gradebook.record("t", "final-essay", new BigDecimal("8"), "x", " ", Instant.now()))
                .hasMessageContaining("needs a reason");

        assertThat(gradebook.record("t", "final-essay", new BigDecimal("8.00"), "academy-construction", "Chấm phúc khảo", Instant.now()))
                .isEqualTo(Gradebook.Outcome.CORRECTED);
        GradeEntry entry = gradebook.of("t").get("final-essay");
        assertThat(entry.replaced()).extracting(GradeEntry::score).containsExactly(new BigDecimal("7.50"));
        assertThat(entry.reason()).isEqualTo("Chấm phúc khảo");
        assertThat(gradebook.pendingEvents()).hasSize(2);
    }

    @Test
    void scoresLieOnTheTenPointScaleWithTwoDecimalsAtMost() {
        assertThat(Scores.parse("8,5", "score")).isEqualByComparingTo("8.5");
        assertThatThrownBy(() -> Scores.parse("10.5", "score")).isInstanceOf(InvalidFieldException.class).hasMessageContaining("from 0 to 10");
        assertThatThrownBy(() -> Scores.parse("-1", "score")).hasMessageContaining("from 0 to 10");
        assertThatThrownBy(() -> Scores.parse("8.125", "score")).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Scores.parse("tám", "score")).hasMessageContaining("must be a number");
    }
}
