package org.trainingplatform.assessment.gradebook;

import org.trainingplatform.support.web.Problems.FieldError;

import java.util.List;
import java.util.Map;

/** What a score import did: per row, each component's outcome or what is wrong ({@code line} counts the header as 1). */
record ImportReport(int rowsWithChanges, int unchangedRows, int rejectedRows, List<Row> rows) {

    static ImportReport of(List<Row> rows) {
        int rejected = (int) rows.stream().filter(r -> !r.errors().isEmpty()).count();
        int changed = (int) rows.stream().filter(r -> r.outcomes().values().stream().anyMatch(o -> o != Gradebook.Outcome.UNCHANGED)).count();
        return new ImportReport(changed, rows.size() - rejected - changed, rejected, rows);
    }

    record Row(int line, String traineeId, Map<String, Gradebook.Outcome> outcomes, List<FieldError> errors) {

        static Row of(int line, String traineeId, Map<String, Gradebook.Outcome> outcomes) {
            return new Row(line, traineeId, outcomes, List.of());
        }

        static Row rejected(int line, String traineeId, List<FieldError> errors) {
            return new Row(line, traineeId, Map.of(), errors);
        }
    }
}
