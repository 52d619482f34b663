package org.trainingplatform.notification.timetable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A class's timetable as the scheduling events describe it, with what is due because of it: the
 * timetable digest to its trainees, and a reminder for each day that has sessions. Sessions, digest and
 * reminders change together in one document write, so a session event and what it makes due never
 * diverge; the ones due are found by the poller by {@code digest.dueAt} and {@code nextReminderAt}.
 */
@Document("timetables")
@CompoundIndex(name = "digest_due", def = "{'digest.dueAt': 1}", sparse = true)
public class ClassTimetable {

    static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    @Id
    private String classId;
    @Version
    private Long version;
    private String organiserAgencyId;
    private String timeZone;
    private List<Session> sessions = new ArrayList<>();
    private TimetableDigest digest = new TimetableDigest();
    private List<DayReminder> reminders = new ArrayList<>();
    /** The earliest time a reminder is due, for the poller; null when none is. */
    @Indexed(sparse = true)
    private Instant nextReminderAt;

    private ClassTimetable() {
    }

    static ClassTimetable of(String classId) {
        ClassTimetable timetable = new ClassTimetable();
        timetable.classId = classId;
        return timetable;
    }

    // --- session events ---------------------------------------------------------------------------

    /** A session was added: it goes out with the next timetable digest. */
    void scheduled(SessionScheduled event, String eventId, Instant time, Instant now, TimetableProperties policy) {
        describe(event.agencyId(), event.timeZone());
        Slot slot = new Slot(event.start(), event.end(), event.venueName(), event.lecturerIds());
        Optional<Session> known = find(event.sessionId());
        if (known.isEmpty()) {
            sessions.add(Session.of(event.sessionId(), event.kind(), event.title(), slot, event.sequence(), eventId, time));
        } else if (known.get().accepts(time, event.sequence()) && !known.get().lastChangedBy(eventId)) {
            known.get().scheduled(event.kind(), event.title(), slot, event.sequence(), eventId, time);
        } else {
            known.get().learnKind(event.kind());
            return;
        }
        changed(now, policy);
    }

    /** A session moved: the change, if trainees had been told of the session; otherwise it goes out with the digest. */
    Optional<SessionChange> rescheduled(SessionRescheduled event, String eventId, Instant time, Instant now,
                                        TimetableProperties policy) {
        describe(event.agencyId(), event.timeZone());
        Slot slot = new Slot(event.start(), event.end(), event.venueName(), event.lecturerIds());
        Optional<Session> known = find(event.sessionId());
        if (known.isEmpty()) {
            sessions.add(Session.of(event.sessionId(), null, event.title(), slot, event.sequence(), eventId, time));
            changed(now, policy);
            return Optional.empty();
        }
        Session session = known.get();
        if (session.lastChangedBy(eventId)) {
            return session.lastChange();
        }
        if (!session.accepts(time, event.sequence())) {
            return Optional.empty();
        }
        session.rescheduled(event.title(), slot, event.sequence(), eventId, time);
        changed(now, policy);
        return session.lastChange();
    }

    /** A session was cancelled: the change, if trainees had been told of the session. */
    Optional<SessionChange> cancelled(SessionCancelled event, String eventId, Instant time, Instant now,
                                      TimetableProperties policy) {
        describe(event.agencyId(), null);
        Optional<Session> known = find(event.sessionId());
        if (known.isEmpty()) {
            Session session = Session.of(event.sessionId(), null, event.title(),
                    new Slot(event.start(), null, null, List.of()), event.sequence(), eventId, time);
            session.cancel(event.reason(), event.sequence(), eventId, time);
            sessions.add(session);
            changed(now, policy);
            return Optional.empty();
        }
        Session session = known.get();
        if (session.lastChangedBy(eventId)) {
            return session.lastChange();
        }
        if (!session.accepts(time, event.sequence()) || !session.isActive()) {
            return Optional.empty();
        }
        session.cancel(event.reason(), event.sequence(), eventId, time);
        changed(now, policy);
        return session.lastChange();
    }

    private void describe(String agencyId, String zone) {
        organiserAgencyId = agencyId;
        if (zone != null) {
            timeZone = zone;
        }
    }

    /** After any change: sessions not yet published re-arm the digest, and the days' reminders follow the sessions. */
    private void changed(Instant now, TimetableProperties policy) {
        if (sessions.stream().anyMatch(s -> s.isActive() && !s.isPublished())) {
            digest.arm(now, policy.quietPeriod(), policy.maxWait());
        }
        recomputeReminders(policy);
    }

    // --- the timetable digest ---------------------------------------------------------------------

    /**
     * Starts sending the timetable if it is due, or resumes a round whose sending was interrupted: the
     * round's number, and from now on every session in it counts as published.
     */
    Optional<Integer> startDigest(Instant now) {
        Integer round = digest.start(now);
        if (round != null) {
            sessions.forEach(Session::publish);
        }
        return Optional.ofNullable(round);
    }

    void digestSent(int round) {
        digest.sent(round);
    }

    void postponeDigest(Instant until) {
        digest.postpone(until);
    }

    /** The cause of a round's messages: {@code timetable:<classId>:<round>}. */
    public String digestId(int round) {
        return "timetable:" + classId + ":" + round;
    }

    /** Trainees are about to be sent the timetable: reminders wait for it. */
    public boolean isDigestPending() {
        return digest.isPending();
    }

    /** Trainees have been sent a timetable. */
    public boolean isPublished() {
        return sessions.stream().anyMatch(Session::isPublished);
    }

    // --- the day reminders ------------------------------------------------------------------------

    /** One reminder per day that has sessions; a day that lost them loses its reminder unless it was sent. */
    private void recomputeReminders(TimetableProperties policy) {
        ZoneId zone = zone();
        Set<LocalDate> days = activeSessions().stream().map(s -> s.start().atZone(zone).toLocalDate())
                .collect(Collectors.toCollection(TreeSet::new));
        reminders.removeIf(r -> r.isDue() && !days.contains(r.day()));
        for (LocalDate day : days) {
            Instant dueAt = day.minusDays(1).atTime(policy.reminderTime()).atZone(zone).toInstant();
            reminder(day).ifPresentOrElse(r -> r.reschedule(dueAt),
                    () -> reminders.add(DayReminder.due(classId, day, dueAt)));
        }
        reminders.sort(Comparator.comparing(DayReminder::day));
        updateNextReminder();
    }

    /** The days whose reminder is due now; a reminder whose day's first session has started is dropped as too late. */
    List<LocalDate> dueReminders(Instant now) {
        List<LocalDate> due = new ArrayList<>();
        for (DayReminder reminder : reminders) {
            if (reminder.isDueAt(now)) {
                Optional<Instant> first = sessionsOn(reminder.day()).stream().map(Session::start).findFirst();
                if (first.isEmpty() || !now.isBefore(first.get())) {
                    reminder.settle(DayReminder.Status.EXPIRED, now);
                } else {
                    due.add(reminder.day());
                }
            }
        }
        updateNextReminder();
        return due;
    }

    void reminded(LocalDate day, Instant now) {
        reminder(day).ifPresent(r -> r.settle(DayReminder.Status.SENT, now));
        updateNextReminder();
    }

    /** The cause of a day's reminder messages: {@code day-reminder:<classId>:<day>}. */
    public String reminderId(LocalDate day) {
        return DayReminder.idOf(classId, day);
    }

    private Optional<DayReminder> reminder(LocalDate day) {
        return reminders.stream().filter(r -> r.day().equals(day)).findFirst();
    }

    private void updateNextReminder() {
        nextReminderAt = reminders.stream().filter(DayReminder::isDue).map(DayReminder::dueAt)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    // --- reading ----------------------------------------------------------------------------------

    private Optional<Session> find(String sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /** The sessions not cancelled, in time order. */
    public List<Session> activeSessions() {
        return sessions.stream().filter(Session::isActive).sorted(Comparator.comparing(Session::start)).toList();
    }

    /** The sessions not cancelled on a day of the class's zone, in time order. */
    public List<Session> sessionsOn(LocalDate day) {
        ZoneId zone = zone();
        return activeSessions().stream().filter(s -> s.start().atZone(zone).toLocalDate().equals(day)).toList();
    }

    public List<DayReminder> reminders() {
        return List.copyOf(reminders);
    }

    public String classId() {
        return classId;
    }

    public String organiserAgencyId() {
        return organiserAgencyId;
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone == null ? DEFAULT_TIME_ZONE : timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
    }
}
