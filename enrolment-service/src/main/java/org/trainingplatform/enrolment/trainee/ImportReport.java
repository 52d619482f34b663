package org.trainingplatform.enrolment.trainee;

import org.trainingplatform.support.web.Problems.FieldError;

import java.util.List;

/** What an import did, in total and row by row ({@code line} counts the header as line 1). */
record ImportReport(int created, int alreadyRegistered, int rejected, List<RowResult> rows) {

    static ImportReport of(List<RowResult> rows) {
        return new ImportReport(count(rows, RowResult.Status.CREATED), count(rows, RowResult.Status.ALREADY_REGISTERED),
                count(rows, RowResult.Status.REJECTED), rows);
    }

    private static int count(List<RowResult> rows, RowResult.Status status) {
        return (int) rows.stream().filter(row -> row.status() == status).count();
    }
}
