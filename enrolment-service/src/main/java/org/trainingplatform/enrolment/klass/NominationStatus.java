package org.trainingplatform.enrolment.klass;

enum NominationStatus {
    PENDING_APPROVAL, ENROLLED, WAITLISTED, REJECTED, WITHDRAWN;

    boolean isActive() {
        return this == PENDING_APPROVAL || this == ENROLLED || this == WAITLISTED;
    }
}
