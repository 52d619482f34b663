package org.trainingplatform.scheduling.attendance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.trainingplatform.scheduling.roster.ClassRoster;
import org.trainingplatform.scheduling.roster.ClassRosters;
import org.trainingplatform.scheduling.roster.Enrolee;
import org.trainingplatform.scheduling.timetable.ClassTimetable;
import org.trainingplatform.scheduling.timetable.TimetableRepository;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Taking attendance (điểm danh): a session's sheet is written with an event per changed record,
 * carrying the trainee's standing over the class; a trainee who can no longer reach the threshold is
 * warned once. Attendance of one class is recorded one sheet at a time, so standings are computed
 * from complete sheets.
 */
@Service
class Attendance {

    private final AttendanceRepository sheets;
    private final AttendanceWatchRepository watches;
    private final TimetableRepository timetables;
    private final ClassRosters rosters;
    private final AggregateUpdates updates;
    private final Clock clock;
    private final double threshold;

    Attendance(AttendanceRepository sheets, AttendanceWatchRepository watches, TimetableRepository timetables,
               ClassRosters rosters, AggregateUpdates updates, Clock clock,
               @Value("${platform.scheduling.attendance-threshold}") double threshold) {
        this.sheets = sheets;
        this.watches = watches;
        this.timetables = timetables;
        this.rosters = rosters;
        this.updates = updates;
        this.clock = clock;
        this.threshold = threshold;
    }

    SessionAttendance record(String agencyId, String classId, String sessionId, Map<String, AttendanceStatus> marks,
                             String reason) {
        ClassRoster klass = rosters.visibleTo(agencyId, classId);
        if (!klass.isOrganisedBy(agencyId)) {
            throw RuleViolationException.forbidden("not-an-organiser", "Only the organising agencies take attendance");
        }
        Set<String> enrolled = rosters.enrolees(classId).stream().map(Enrolee::traineeId).collect(Collectors.toSet());
        List<String> strangers = marks.keySet().stream().filter(t -> !enrolled.contains(t)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw new RuleViolationException("not-on-roster", "Not enrolled in the class: " + strangers);
        }
        return updates.update("attendance:" + classId, () -> {
            ClassTimetable timetable = timetables.findById(classId).filter(t -> t.hasSession(sessionId))
                    .orElseThrow(() -> new NotFoundException("Session", sessionId));
            if (!timetable.hasScheduled(sessionId)) {
                throw RuleViolationException.conflict("session-cancelled", "Attendance cannot be taken at a cancelled session");
            }
            SessionAttendance sheet = sheets.findById(sessionId)
                    .orElseGet(() -> SessionAttendance.of(sessionId, classId, klass.organiserAgencyId()));
            Map<String, Boolean> changed = sheet.record(marks, agencyId, reason, clock.instant());
            if (changed.isEmpty()) {
                return sheet;
            }
            List<SessionAttendance> otherSheets = sheets.findByClassId(classId).stream()
                    .filter(s -> !s.sessionId().equals(sessionId)).toList();
            AttendanceWatch watch = watches.findById(classId).orElseGet(() -> AttendanceWatch.of(classId, klass.organiserAgencyId()));
            boolean warned = false;
            for (Map.Entry<String, Boolean> change : changed.entrySet()) {
                Standing standing = standing(change.getKey(), timetable.scheduledSessionIds(), sheet, otherSheets);
                sheet.announce(change.getKey(), change.getValue(), standing);
                warned |= watch.watch(standing, threshold);
            }
            sheets.save(sheet);
            if (warned) {
                watches.save(watch);
            }
            return sheet;
        });
    }

    /** Every enrolled trainee's standing, as the agency may see it (organisers: all; a nominating agency: its own). */
    List<StandingView> standings(String agencyId, String classId) {
        ClassRoster klass = rosters.visibleTo(agencyId, classId);
        Set<String> scheduled = timetables.findById(classId).map(ClassTimetable::scheduledSessionIds).orElse(Set.of());
        List<SessionAttendance> all = sheets.findByClassId(classId);
        AttendanceWatch watch = watches.findById(classId).orElse(AttendanceWatch.of(classId, klass.organiserAgencyId()));
        return rosters.enrolees(classId).stream()
                .filter(e -> klass.isOrganisedBy(agencyId) || e.nominatingAgencyId().equals(agencyId))
                .map(e -> StandingView.of(standing(e.traineeId(), scheduled, null, all), threshold, watch.isAtRisk(e.traineeId())))
                .toList();
    }

    SessionAttendance sheet(String agencyId, String classId, String sessionId) {
        ClassRoster klass = rosters.visibleTo(agencyId, classId);
        if (!klass.isOrganisedBy(agencyId)) {
            throw RuleViolationException.forbidden("not-an-organiser", "Only the organising agencies read attendance sheets");
        }
        return sheets.findById(sessionId).filter(s -> classId.equals(s.classId()))
                .orElseGet(() -> SessionAttendance.of(sessionId, classId, klass.organiserAgencyId()));
    }

    private static Standing standing(String traineeId, Set<String> scheduled, SessionAttendance current,
                                     Collection<SessionAttendance> others) {
        int attended = 0;
        int missed = 0;
        for (SessionAttendance sheet : current == null ? others : concat(current, others)) {
            if (!scheduled.contains(sheet.sessionId())) {
                continue;
            }
            var status = sheet.statusOf(traineeId);
            if (status.isPresent()) {
                if (status.get().attended()) {
                    attended++;
                } else {
                    missed++;
                }
            }
        }
        return new Standing(traineeId, attended, missed, scheduled.size());
    }

    private static List<SessionAttendance> concat(SessionAttendance current, Collection<SessionAttendance> others) {
        List<SessionAttendance> all = new java.util.ArrayList<>(others);
        all.add(current);
        return all;
    }

    record StandingView(String traineeId, int attendedSessions, int missedSessions, int scheduledSessions,
                        double attendanceRate, double bestReachableRate, boolean atRisk) {
        static StandingView of(Standing s, double threshold, boolean warned) {
            return new StandingView(s.traineeId(), s.attended(), s.missed(), s.scheduled(), s.rate(),
                    s.bestReachableRate(), warned || s.atRisk(threshold));
        }
    }
}
