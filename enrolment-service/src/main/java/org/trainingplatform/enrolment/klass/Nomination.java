package org.trainingplatform.enrolment.klass;

import java.time.Instant;

/** One official's place on a class's roster. */
class Nomination {

    private String traineeId;
    private String nominatingAgencyId;
    private String fullName;
    private String position;
    private String unit;
    private NominationStatus status;
    private long waitlistSequence;
    private Instant nominatedAt;
    private Instant updatedAt;
    private String reason;

    private Nomination() {
    }

    /** A nomination as it was stored. */
    Nomination(String traineeId, String nominatingAgencyId, String fullName, String position, String unit,
               NominationStatus status, long waitlistSequence, Instant nominatedAt, Instant updatedAt, String reason) {
        this.traineeId = traineeId;
        this.nominatingAgencyId = nominatingAgencyId;
        this.fullName = fullName;
        this.position = position;
        this.unit = unit;
        this.status = status;
        this.waitlistSequence = waitlistSequence;
        this.nominatedAt = nominatedAt;
        this.updatedAt = updatedAt;
        this.reason = reason;
    }

    static Nomination of(Nominee nominee) {
        Nomination nomination = new Nomination();
        nomination.traineeId = nominee.traineeId();
        nomination.nominatingAgencyId = nominee.agencyId();
        nomination.fullName = nominee.fullName();
        nomination.position = nominee.position();
        nomination.unit = nominee.unit();
        nomination.nominatedAt = Instant.now();
        nomination.moveTo(NominationStatus.PENDING_APPROVAL, null);
        return nomination;
    }

    void moveTo(NominationStatus status, String reason) {
        this.status = status;
        this.reason = reason;
        this.updatedAt = Instant.now();
    }

    void waitlist(long sequence) {
        this.waitlistSequence = sequence;
        moveTo(NominationStatus.WAITLISTED, null);
    }

    /** A renewed nomination after a withdrawal or rejection: it starts again, with fresh details. */
    void renew(Nominee nominee) {
        this.fullName = nominee.fullName();
        this.position = nominee.position();
        this.unit = nominee.unit();
        this.nominatedAt = Instant.now();
        moveTo(NominationStatus.PENDING_APPROVAL, null);
    }

    String traineeId() {
        return traineeId;
    }

    String nominatingAgencyId() {
        return nominatingAgencyId;
    }

    String fullName() {
        return fullName;
    }

    String position() {
        return position;
    }

    String unit() {
        return unit;
    }

    NominationStatus status() {
        return status;
    }

    long waitlistSequence() {
        return waitlistSequence;
    }

    Instant nominatedAt() {
        return nominatedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String reason() {
        return reason;
    }
}
