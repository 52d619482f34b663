package org.trainingplatform.scheduling.timetable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.support.outbox.OutboxAggregate;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A class's timetable. It refuses two sessions of the class at the same time (unless the organiser
 * overrides, which is recorded), and publishes every change with the session's new sequence.
 */
@Document("timetables")
public class ClassTimetable extends OutboxAggregate {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Id
    private String classId;
    private String agencyId;
    private String timeZone;
    private List<Session> sessions = new ArrayList<>();

    private ClassTimetable() {
    }

    static ClassTimetable of(String classId, String organiserAgencyId, String timeZone) {
        ClassTimetable timetable = new ClassTimetable();
        timetable.classId = classId;
        timetable.agencyId = organiserAgencyId;
        timetable.timeZone = timeZone;
        return timetable;
    }

    /** Adds sessions (with ids chosen by the caller, who has booked their venues and lecturers under those ids). */
    List<Session> schedule(List<String> ids, List<SessionPlan> plans, Override override) {
        List<Session> added = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            SessionPlan plan = plans.get(i);
            requireNoOverlap(null, plan, override, added);
            Session session = Session.of(ids.get(i), plan, override);
            added.add(session);
        }
        for (Session session : added) {
            sessions.add(session);
            registerEvent(new SessionScheduled(classId, agencyId, session.id(), session.kind().name(), session.title(),
                    session.start(), session.end(), timeZone, session.venueId(), session.venueName(),
                    session.lecturerIds(), session.sequence()));
        }
        return added;
    }

    Session reschedule(String sessionId, SessionPlan plan, Override override) {
        Session session = scheduled(sessionId);
        requireNoOverlap(sessionId, plan, override, List.of());
        session.reschedule(plan, override);
        registerEvent(new SessionRescheduled(classId, agencyId, sessionId, session.title(), session.start(),
                session.end(), timeZone, session.venueId(), session.venueName(), session.lecturerIds(),
                session.sequence()));
        return session;
    }

    Session cancel(String sessionId, String reason) {
        Session session = scheduled(sessionId);
        session.cancel(reason);
        registerEvent(new SessionCancelled(classId, agencyId, sessionId, session.title(), session.start(), reason,
                session.sequence()));
        return session;
    }

    private void requireNoOverlap(String sessionId, SessionPlan plan, Override override, List<Session> alsoNew) {
        if (override != null) {
            return;
        }
        List<Session> others = new ArrayList<>(sessions);
        others.addAll(alsoNew);
        others.stream()
                .filter(s -> !s.id().equals(sessionId) && s.overlaps(plan.start(), plan.end()))
                .findFirst()
                .ifPresent(clash -> {
                    throw RuleViolationException.conflict("sessions-overlap", "The class already has '"
                            + clash.title() + "' from " + local(clash.start()) + " to " + local(clash.end()));
                });
    }

    private Session scheduled(String sessionId) {
        Session session = session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        if (!session.isScheduled()) {
            throw RuleViolationException.conflict("session-cancelled", "The session was cancelled");
        }
        return session;
    }

    Optional<Session> session(String sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /** Every session, cancelled ones included, in time order. */
    List<Session> sessions() {
        return sessions.stream().sorted(Comparator.comparing(Session::start)).toList();
    }

    /** The sessions that count for attendance: those not cancelled. */
    public java.util.Set<String> scheduledSessionIds() {
        return sessions.stream().filter(Session::isScheduled).map(Session::id).collect(java.util.stream.Collectors.toSet());
    }

    public boolean hasSession(String sessionId) {
        return session(sessionId).isPresent();
    }

    public boolean hasScheduled(String sessionId) {
        return session(sessionId).filter(Session::isScheduled).isPresent();
    }

    /** Whether this booking is the current hold of a scheduled session on the resource. */
    public boolean holds(String sessionId, String bookingId, String resource) {
        return session(sessionId).filter(s -> s.isScheduled() && s.bookingId().equals(bookingId)
                && s.resources().contains(resource)).isPresent();
    }

    private String local(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.of(timeZone)));
    }

    public String classId() {
        return classId;
    }

    String agencyId() {
        return agencyId;
    }

    String timeZone() {
        return timeZone;
    }
}
