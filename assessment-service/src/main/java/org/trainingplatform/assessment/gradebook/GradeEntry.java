package org.trainingplatform.assessment.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A score as entered, by whom and when; a correction keeps the scores it replaced, with the reason. */
public record GradeEntry(BigDecimal score, Instant enteredAt, String enteredBy, String reason, List<GradeEntry> replaced) {

    GradeEntry correctedTo(BigDecimal score, Instant at, String by, String reason) {
        List<GradeEntry> history = new ArrayList<>(replaced == null ? List.of() : replaced);
        history.add(new GradeEntry(this.score, enteredAt, enteredBy, this.reason, List.of()));
        return new GradeEntry(score, at, by, reason, history);
    }
}
