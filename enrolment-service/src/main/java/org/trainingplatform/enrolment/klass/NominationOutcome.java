package org.trainingplatform.enrolment.klass;

/**
 * Where a nomination stands after a request: its status and, if waitlisted, its place in line; or,
 * for a refused one in a bulk request, the rule it broke ({@code refusal}, with {@code reason}).
 */
record NominationOutcome(String traineeId, NominationStatus status, Integer waitlistPosition, String refusal,
                         String reason) {

    static NominationOutcome of(String traineeId, NominationStatus status, Integer waitlistPosition) {
        return new NominationOutcome(traineeId, status, waitlistPosition, null, null);
    }

    static NominationOutcome refused(String traineeId, String refusal, String reason) {
        return new NominationOutcome(traineeId, null, null, refusal, reason);
    }
}
