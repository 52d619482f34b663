package org.trainingplatform.scheduling.timetable;

import org.trainingplatform.scheduling.calendar.ResourceCalendars;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One session of a class's timetable. Every change raises its sequence, as iCalendar's SEQUENCE. */
class Session {

    enum Status { SCHEDULED, CANCELLED }

    private String id;
    private SessionKind kind;
    private String title;
    private Instant start;
    private Instant end;
    private String venueId;
    private String venueName;
    private List<String> lecturerIds;
    private Status status;
    private int sequence;
    private Override override;
    private String cancellationReason;

    private Session() {
    }

    static Session of(String id, SessionPlan plan, Override override) {
        Session session = new Session();
        session.id = id;
        session.kind = plan.kind();
        session.status = Status.SCHEDULED;
        session.apply(plan, override);
        return session;
    }

    /** The session as another agency sees a lecturer's booking: only that the time is taken. */
    static Session busy(Session other) {
        Session busy = new Session();
        busy.id = other.id;
        busy.kind = other.kind;
        busy.title = "Busy";
        busy.start = other.start;
        busy.end = other.end;
        busy.lecturerIds = List.of();
        busy.status = other.status;
        busy.sequence = other.sequence;
        return busy;
    }

    void reschedule(SessionPlan plan, Override override) {
        sequence++;
        apply(plan, override);
    }

    void cancel(String reason) {
        sequence++;
        status = Status.CANCELLED;
        cancellationReason = reason;
    }

    private void apply(SessionPlan plan, Override override) {
        this.title = plan.title();
        this.start = plan.start();
        this.end = plan.end();
        this.venueId = plan.venueId();
        this.venueName = plan.venueName();
        this.lecturerIds = plan.lecturerIds() == null ? List.of() : List.copyOf(plan.lecturerIds());
        this.override = override;
    }

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return isScheduled() && start.isBefore(otherEnd) && end.isAfter(otherStart);
    }

    boolean isScheduled() {
        return status == Status.SCHEDULED;
    }

    /** The shared resources this session holds: its venue and its lecturers. */
    List<String> resources() {
        List<String> resources = new ArrayList<>();
        if (venueId != null) {
            resources.add(ResourceCalendars.venue(venueId));
        }
        lecturerIds.forEach(l -> resources.add(ResourceCalendars.lecturer(l)));
        return resources;
    }

    /** The id of this version's bookings; it changes with every reschedule. */
    String bookingId() {
        return id + ":" + sequence;
    }

    String id() {
        return id;
    }

    SessionKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    String venueId() {
        return venueId;
    }

    String venueName() {
        return venueName;
    }

    List<String> lecturerIds() {
        return lecturerIds;
    }

    Status status() {
        return status;
    }

    int sequence() {
        return sequence;
    }

    Override override() {
        return override;
    }

    String cancellationReason() {
        return cancellationReason;
    }
}
