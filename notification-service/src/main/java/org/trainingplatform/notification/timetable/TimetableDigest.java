package org.trainingplatform.notification.timetable;

import java.time.Duration;
import java.time.Instant;

/**
 * When the class's timetable is next sent to its trainees. Sessions arrive in bursts (a day-by-day
 * plan), so each new session (re-)arms the digest for a quiet period; it goes out once no session
 * has come for that long, or once it has waited the longest it may. Each sending is a round, whose
 * number makes the ids of its messages; a round started and not confirmed sent is sent again (its
 * messages already made are found by their ids).
 */
class TimetableDigest {

    /** Armed: the timetable goes out at this time unless another session comes first. */
    private Instant dueAt;
    /** When the current burst began. */
    private Instant armedAt;
    /** The rounds started so far. */
    private int round;
    /** A round started but not yet confirmed sent. */
    private Integer sending;

    void arm(Instant now, Duration quietPeriod, Duration maxWait) {
        if (dueAt == null) {
            armedAt = now;
        }
        Instant latest = armedAt.plus(maxWait);
        Instant next = now.plus(quietPeriod);
        dueAt = next.isAfter(latest) ? latest : next;
    }

    /** The round to send now, if any: one started and interrupted, or a new one if the digest is due. */
    Integer start(Instant now) {
        if (sending != null) {
            return sending;
        }
        if (dueAt == null || dueAt.isAfter(now)) {
            return null;
        }
        round++;
        sending = round;
        dueAt = null;
        armedAt = null;
        return round;
    }

    void sent(int sentRound) {
        if (sending != null && sending == sentRound) {
            sending = null;
        }
    }

    /** The timetable cannot go out yet (its class is not known): it is tried again later. */
    void postpone(Instant until) {
        if (dueAt != null && dueAt.isBefore(until)) {
            dueAt = until;
        }
    }

    /** Armed or being sent: the trainees are about to get the timetable. */
    boolean isPending() {
        return dueAt != null || sending != null;
    }

    Instant dueAt() {
        return dueAt;
    }
}
