package org.trainingplatform.enrolment.klass;

/** A class's lifecycle: draft → open for enrolment → enrolment closed → in progress → closed (bế giảng), or cancelled. */
enum ClassStatus {
    DRAFT, OPEN, ENROLMENT_CLOSED, IN_PROGRESS, CLOSED, CANCELLED
}
