package org.trainingplatform.scheduling.timetable;

import org.springframework.stereotype.Service;
import org.trainingplatform.scheduling.calendar.ResourceCalendars;
import org.trainingplatform.scheduling.lecturer.Lecturers;
import org.trainingplatform.scheduling.roster.ClassRoster;
import org.trainingplatform.scheduling.roster.ClassRosters;
import org.trainingplatform.support.web.NotFoundException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Timetables per class, per trainee and per lecturer, as one agency may see them. */
@Service
class TimetableQueries {

    private final TimetableRepository timetables;
    private final ClassRosters rosters;
    private final Lecturers lecturers;
    private final ResourceCalendars calendars;

    TimetableQueries(TimetableRepository timetables, ClassRosters rosters, Lecturers lecturers, ResourceCalendars calendars) {
        this.timetables = timetables;
        this.rosters = rosters;
        this.lecturers = lecturers;
        this.calendars = calendars;
    }

    List<TimetableEntry> ofClass(String agencyId, String classId) {
        return entries(rosters.visibleTo(agencyId, classId)).toList();
    }

    /** The sessions of every class the trainee is enrolled in; for the agency that nominated them or the class's organisers. */
    List<TimetableEntry> ofTrainee(String agencyId, String traineeId) {
        List<ClassRoster> classes = rosters.enrolments(traineeId).stream()
                .flatMap(enrolee -> Optional.ofNullable(rosters.get(enrolee.classId()))
                        .filter(klass -> klass.isOrganisedBy(agencyId) || enrolee.nominatingAgencyId().equals(agencyId))
                        .stream())
                .toList();
        if (classes.isEmpty()) {
            throw new NotFoundException("Trainee", traineeId);
        }
        return sorted(classes.stream().flatMap(this::entries));
    }

    /**
     * Where the lecturer is booked, across every agency: sessions of classes the agency may see in
     * full, others only as the time they are taken.
     */
    List<TimetableEntry> ofLecturer(String agencyId, String lecturerId) {
        lecturers.get(lecturerId);
        return sorted(calendars.bookings(ResourceCalendars.lecturer(lecturerId)).stream()
                .flatMap(booking -> Optional.ofNullable(rosters.get(booking.classId()))
                        .flatMap(klass -> timetables.findById(klass.classId())
                                .flatMap(t -> t.session(booking.sessionId()))
                                .filter(Session::isScheduled)
                                .map(session -> klass.visibleTo().contains(agencyId)
                                        ? new TimetableEntry(klass.classId(), klass.title(), klass.timeZone(), session)
                                        : new TimetableEntry(null, null, klass.timeZone(), Session.busy(session))))
                        .stream()));
    }

    /** The entries of a calendar feed; the feed's signed link is the permission. */
    List<TimetableEntry> ofFeed(FeedTokens.Feed feed) {
        return switch (feed.kind()) {
            case CLASS -> Optional.ofNullable(rosters.get(feed.id())).map(klass -> entries(klass).toList()).orElse(List.of());
            case TRAINEE -> sorted(rosters.enrolments(feed.id()).stream()
                    .flatMap(enrolee -> Optional.ofNullable(rosters.get(enrolee.classId())).stream()).flatMap(this::entries));
            case LECTURER -> sorted(calendars.bookings(ResourceCalendars.lecturer(feed.id())).stream()
                    .flatMap(booking -> Optional.ofNullable(rosters.get(booking.classId()))
                            .flatMap(klass -> timetables.findById(klass.classId()).flatMap(t -> t.session(booking.sessionId()))
                                    .map(session -> new TimetableEntry(klass.classId(), klass.title(), klass.timeZone(), session)))
                            .stream()));
        };
    }

    private Stream<TimetableEntry> entries(ClassRoster klass) {
        return timetables.findById(klass.classId()).stream().flatMap(t -> t.sessions().stream())
                .map(session -> new TimetableEntry(klass.classId(), klass.title(), klass.timeZone(), session));
    }

    private static List<TimetableEntry> sorted(Stream<TimetableEntry> entries) {
        return entries.sorted(Comparator.comparing(e -> e.session().start())).toList();
    }
}
