package org.trainingplatform.notification.timetable;

import java.time.Instant;
import java.util.Optional;

/**
 * A session of the class as the scheduling events describe it, and whether trainees have been sent a
 * timetable with it ({@code published}): only a change to a published session is told as a change.
 * The id and the state before the last event applied are kept, so that the same event delivered again
 * tells the same change.
 */
public class Session {

    private String id;
    private String kind;
    private String title;
    private Slot slot;
    private int sequence;
    private boolean cancelled;
    private String cancellationReason;
    private boolean published;
    /** The time (ce_time) of the last event applied; an older event changes nothing. */
    private Instant updatedAt;
    private String lastEventId;
    private Slot before;

    private Session() {
    }

    static Session of(String id, String kind, String title, Slot slot, int sequence, String eventId, Instant time) {
        Session session = new Session();
        session.id = id;
        session.kind = kind;
        session.title = title;
        session.slot = slot;
        session.sequence = sequence;
        session.lastEventId = eventId;
        session.updatedAt = time;
        return session;
    }

    /** Not older than what is known, by time and by sequence; the same event again counts (a redelivery). */
    boolean accepts(Instant time, int eventSequence) {
        return !time.isBefore(updatedAt) && eventSequence >= sequence;
    }

    boolean lastChangedBy(String eventId) {
        return eventId.equals(lastEventId);
    }

    void scheduled(String newKind, String newTitle, Slot newSlot, int newSequence, String eventId, Instant time) {
        kind = newKind;
        change(newTitle, newSlot, newSequence, eventId, time);
        cancelled = false;
        cancellationReason = null;
    }

    void rescheduled(String newTitle, Slot newSlot, int newSequence, String eventId, Instant time) {
        change(newTitle, newSlot, newSequence, eventId, time);
    }

    void cancel(String reason, int newSequence, String eventId, Instant time) {
        change(title, slot, newSequence, eventId, time);
        cancelled = true;
        cancellationReason = reason;
    }

    private void change(String newTitle, Slot newSlot, int newSequence, String eventId, Instant time) {
        before = slot;
        title = newTitle;
        slot = newSlot;
        sequence = newSequence;
        lastEventId = eventId;
        updatedAt = time;
    }

    /** An older event may still say what kind of session this is, if no other did. */
    void learnKind(String eventKind) {
        if (kind == null) {
            kind = eventKind;
        }
    }

    void publish() {
        published = true;
    }

    /** The change the last event made, to tell trainees and lecturers, if they had been told of the session. */
    Optional<SessionChange> lastChange() {
        if (!published || before == null) {
            return Optional.empty();
        }
        return Optional.of(new SessionChange(id, kind, title, before, cancelled ? null : slot, cancellationReason));
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Instant start() {
        return slot.start();
    }

    public Instant end() {
        return slot.end();
    }

    public String venueName() {
        return slot.venueName();
    }

    boolean isActive() {
        return !cancelled;
    }

    boolean isPublished() {
        return published;
    }
}
