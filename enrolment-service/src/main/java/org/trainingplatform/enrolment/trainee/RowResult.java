package org.trainingplatform.enrolment.trainee;

import org.trainingplatform.support.web.Problems.FieldError;

import java.util.List;

/** The outcome of one row of an import: the trainee it registered or found, or what is wrong with it. */
record RowResult(int line, Status status, String traineeId, List<FieldError> errors) {

    enum Status { CREATED, ALREADY_REGISTERED, REJECTED }

    static RowResult created(int line, String traineeId) {
        return new RowResult(line, Status.CREATED, traineeId, List.of());
    }

    static RowResult alreadyRegistered(int line, String traineeId) {
        return new RowResult(line, Status.ALREADY_REGISTERED, traineeId, List.of());
    }

    static RowResult rejected(int line, List<FieldError> errors) {
        return new RowResult(line, Status.REJECTED, null, errors);
    }
}
