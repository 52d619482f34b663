package org.trainingplatform.notification;

import org.springframework.stereotype.Service;
import org.trainingplatform.events.scheduling.AttendanceAtRisk;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.notification.klass.Classes;
import org.trainingplatform.notification.klass.TrainingClass;
import org.trainingplatform.notification.lecturer.LecturerContact;
import org.trainingplatform.notification.lecturer.LecturerContacts;
import org.trainingplatform.notification.message.Notifications;
import org.trainingplatform.notification.timetable.ClassTimetable;
import org.trainingplatform.notification.timetable.SessionChange;
import org.trainingplatform.notification.timetable.Timetables;
import org.trainingplatform.support.inbox.EventMetadata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.trainingplatform.notification.message.MessageKind.*;

/**
 * What the scheduling stream means here: timetables and lecturers' contacts are kept; a change to a
 * session the trainees were told of goes to them and to its lecturers; an attendance warning goes to
 * its trainee. Timetables and day reminders are sent when due ({@link TimetablePoller}). Every handler
 * is idempotent on its own.
 */
@Service
class SchedulingNotices {

    private final Timetables timetables;
    private final LecturerContacts lecturers;
    private final Classes classes;
    private final Notifications notifications;
    private final Clock clock;

    SchedulingNotices(Timetables timetables, LecturerContacts lecturers, Classes classes, Notifications notifications,
                      Clock clock) {
        this.timetables = timetables;
        this.lecturers = lecturers;
        this.classes = classes;
        this.notifications = notifications;
        this.clock = clock;
    }

    void sessionScheduled(SessionScheduled event, EventMetadata cause) {
        timetables.scheduled(event, cause.id(), timeOf(cause));
    }

    void sessionRescheduled(SessionRescheduled event, EventMetadata cause) {
        timetables.rescheduled(event, cause.id(), timeOf(cause)).ifPresent(change -> tell(change, event.classId(),
                event.agencyId(), cause));
    }

    void sessionCancelled(SessionCancelled event, EventMetadata cause) {
        timetables.cancelled(event, cause.id(), timeOf(cause)).ifPresent(change -> tell(change, event.classId(),
                event.agencyId(), cause));
    }

    void attendanceAtRisk(AttendanceAtRisk event, EventMetadata cause) {
        notifications.toTrainee(cause.id(), ATTENDANCE_AT_RISK, event.classId(), event.agencyId(), event.traineeId(),
                null, Details.of("attendedSessions", event.attendedSessions(), "missedSessions", event.missedSessions(),
                        "scheduledSessions", event.scheduledSessions(), "bestReachableRate", event.bestReachableRate(),
                        "threshold", event.threshold()));
    }

    void lecturerRegistered(LecturerRegistered event, EventMetadata cause) {
        lecturers.registered(event, timeOf(cause));
        notifications.lecturerKnown(event.lecturerId());
    }

    void lecturerUpdated(LecturerUpdated event, EventMetadata cause) {
        lecturers.updated(event, timeOf(cause));
        notifications.lecturerKnown(event.lecturerId());
    }

    /** A session the trainees knew of changed: every enrolled trainee and its lecturers (before and after) hear of it. */
    private void tell(SessionChange change, String classId, String organiser, EventMetadata cause) {
        if (classes.find(classId).map(TrainingClass::isCancelled).orElse(false)) {
            return;
        }
        Map<String, String> details = change.details(id ->
                lecturers.find(id).map(LecturerContact::displayName).orElse(null));
        notifications.toEnrolled(cause.id(), SESSION_CHANGED, classId, organiser, details);
        notifications.toLecturers(cause.id(), SESSION_CHANGED, classId, organiser, change.lecturerIds(), details);
    }

    /**
     * Sends the class's timetable to every enrolled trainee if it is due (or finishes a sending that was
     * interrupted); after the first, a timetable says it is updated (sessions were added). It waits while
     * the class is not known; a cancelled class's is not sent.
     */
    void sendTimetable(String classId) {
        Instant now = clock.instant();
        Optional<TrainingClass> klass = classes.find(classId);
        if (klass.isEmpty()) {
            timetables.postponeDigest(classId, now.plus(timetables.policy().quietPeriod()));
            return;
        }
        timetables.startDigest(classId, now).ifPresent(round -> {
            ClassTimetable timetable = timetables.find(classId).orElseThrow();
            if (!klass.get().isCancelled() && !timetable.activeSessions().isEmpty()) {
                notifications.toEnrolled(timetable.digestId(round), TIMETABLE, classId, klass.get().organiserAgencyId(),
                        round > 1 ? Map.of("updated", "true") : Map.of());
            }
            timetables.digestSent(classId, round);
        });
    }

    /**
     * Sends the reminders due of the class's days to every enrolled trainee, each listing its day's
     * sessions. They wait while the timetable is about to go out or the class is not known.
     */
    void sendReminders(String classId) {
        Instant now = clock.instant();
        Optional<TrainingClass> klass = classes.find(classId);
        Optional<ClassTimetable> timetable = timetables.find(classId);
        if (klass.isEmpty() || timetable.isEmpty() || timetable.get().isDigestPending()) {
            return;
        }
        for (LocalDate day : timetables.dueReminders(classId, now)) {
            if (!klass.get().isCancelled()) {
                notifications.toEnrolled(timetable.get().reminderId(day), DAY_REMINDER, classId,
                        klass.get().organiserAgencyId(), Map.of("day", day.toString()));
            }
            timetables.reminded(classId, day, now);
        }
    }

    private Instant timeOf(EventMetadata cause) {
        return cause.time() != null ? cause.time() : clock.instant();
    }
}
