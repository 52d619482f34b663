package org.trainingplatform.scheduling.timetable;

import org.springframework.stereotype.Service;
import org.trainingplatform.scheduling.calendar.Booking;
import org.trainingplatform.scheduling.calendar.ResourceCalendars;
import org.trainingplatform.scheduling.lecturer.Lecturers;
import org.trainingplatform.scheduling.roster.ClassRoster;
import org.trainingplatform.scheduling.roster.ClassRosters;
import org.trainingplatform.scheduling.venue.Venue;
import org.trainingplatform.scheduling.venue.Venues;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.InvalidFieldException;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Building and changing class timetables. A change first books the shared venue and lecturers (each
 * booking one conditional write that fails on any overlap, across every agency), then writes the
 * timetable with its events; if anything is refused on the way, the bookings taken are given back.
 */
@Service
class Timetables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final TimetableRepository repository;
    private final ClassRosters rosters;
    private final Venues venues;
    private final Lecturers lecturers;
    private final ResourceCalendars calendars;
    private final AggregateUpdates updates;
    private final Clock clock;

    Timetables(TimetableRepository repository, ClassRosters rosters, Venues venues, Lecturers lecturers,
               ResourceCalendars calendars, AggregateUpdates updates, Clock clock) {
        this.repository = repository;
        this.rosters = rosters;
        this.venues = venues;
        this.lecturers = lecturers;
        this.calendars = calendars;
        this.updates = updates;
        this.clock = clock;
    }

    List<Session> schedule(String agencyId, String classId, List<SessionRequest> requests, String overrideReason) {
        ClassRoster klass = organisedClass(agencyId, classId);
        Override override = override(klass, agencyId, overrideReason);
        int enrolled = rosters.enrolledCount(classId);
        List<SessionPlan> plans = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            plans.add(plan(klass, enrolled, requests.get(i), requests.get(i).kind(), override,
                    requests.size() == 1 ? "" : "sessions[" + i + "]."));
        }
        List<String> ids = plans.stream().map(p -> UUID.randomUUID().toString()).toList();
        List<Hold> holds = new ArrayList<>();
        try {
            for (int i = 0; i < plans.size(); i++) {
                holds.addAll(book(klass, ids.get(i), ids.get(i) + ":0", plans.get(i), override));
            }
            return updates.update(classId, () -> {
                ClassTimetable timetable = repository.findById(classId)
                        .orElseGet(() -> ClassTimetable.of(classId, klass.organiserAgencyId(), klass.timeZone()));
                List<Session> added = timetable.schedule(ids, plans, override);
                repository.save(timetable);
                return added;
            });
        } catch (RuntimeException refused) {
            holds.forEach(hold -> calendars.release(hold.resource(), hold.sessionId(), null));
            throw refused;
        }
    }

    Session reschedule(String agencyId, String classId, String sessionId, SessionRequest request, String overrideReason) {
        ClassRoster klass = organisedClass(agencyId, classId);
        Override override = override(klass, agencyId, overrideReason);
        Session before = timetable(classId).session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        SessionPlan plan = plan(klass, rosters.enrolledCount(classId), request, before.kind(), override, "");
        String bookingId = sessionId + ":" + (before.sequence() + 1);
        List<Hold> holds = new ArrayList<>();
        try {
            holds.addAll(book(klass, sessionId, bookingId, plan, override));
            Session after = updates.update(classId, () -> {
                ClassTimetable timetable = timetable(classId);
                Session changed = timetable.reschedule(sessionId, plan, override);
                repository.save(timetable);
                return changed;
            });
            Set<String> resources = new LinkedHashSet<>(before.resources());
            resources.addAll(after.resources());
            resources.forEach(resource -> calendars.release(resource, sessionId, after.bookingId()));
            return after;
        } catch (RuntimeException refused) {
            holds.forEach(hold -> calendars.release(hold.resource(), sessionId, before.bookingId()));
            throw refused;
        }
    }

    Session cancel(String agencyId, String classId, String sessionId, String reason) {
        organisedClass(agencyId, classId);
        Session cancelled = updates.update(classId, () -> {
            ClassTimetable timetable = timetable(classId);
            Session session = timetable.cancel(sessionId, reason);
            repository.save(timetable);
            return session;
        });
        cancelled.resources().forEach(resource -> calendars.release(resource, sessionId, null));
        return cancelled;
    }

    /** The class's timetable as the agency may see it (an empty one if nothing is scheduled yet). */
    ClassTimetable read(String agencyId, String classId) {
        ClassRoster klass = rosters.visibleTo(agencyId, classId);
        return repository.findById(classId).orElseGet(() -> ClassTimetable.of(classId, klass.organiserAgencyId(), klass.timeZone()));
    }

    private List<Hold> book(ClassRoster klass, String sessionId, String bookingId, SessionPlan plan, Override override) {
        List<Hold> holds = new ArrayList<>();
        Booking booking = new Booking(bookingId, sessionId, klass.classId(), klass.title(), klass.organiserAgencyId(),
                plan.title(), plan.start(), plan.end(), override != null, clock.instant());
        List<String> resources = new ArrayList<>();
        if (plan.venueId() != null) {
            resources.add(ResourceCalendars.venue(plan.venueId()));
        }
        plan.lecturerIds().forEach(l -> resources.add(ResourceCalendars.lecturer(l)));
        try {
            for (String resource : resources) {
                calendars.book(resource, booking, override != null).ifPresent(clash -> {
                    throw RuleViolationException.conflict(resource.startsWith("venue:") ? "venue-booked" : "lecturer-busy",
                            describe(resource) + " is taken by '" + clash.title() + "' of class '" + clash.classTitle()
                                    + "' from " + local(clash.start(), klass) + " to " + local(clash.end(), klass));
                });
                holds.add(new Hold(resource, sessionId));
            }
            return holds;
        } catch (RuntimeException refused) {
            holds.forEach(hold -> calendars.release(hold.resource(), sessionId, null));
            throw refused;
        }
    }

    private SessionPlan plan(ClassRoster klass, int enrolled, SessionRequest request, SessionKind kind, Override override,
                             String field) {
        ZoneId zone = ZoneId.of(klass.timeZone());
        Instant start = instant(request.start(), zone, field + "start");
        Instant end = instant(request.end(), zone, field + "end");
        if (!end.isAfter(start)) {
            throw new RuleViolationException("end-before-start", "The session '" + request.title() + "' ends ("
                    + local(end, klass) + ") before it starts (" + local(start, klass) + ")");
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        if (day.isBefore(klass.startDate()) || end.atZone(zone).toLocalDate().isAfter(klass.endDate())) {
            throw new RuleViolationException("outside-class-dates", "The session '" + request.title() + "' ("
                    + local(start, klass) + ") is outside the class's dates " + klass.startDate() + " – " + klass.endDate());
        }
        String venueName = null;
        if (request.venueId() != null) {
            Venue venue = venues.get(request.venueId());
            venueName = venue.name();
            if (venue.capacity() < enrolled && override == null) {
                throw RuleViolationException.conflict("venue-too-small", venue.name() + " seats " + venue.capacity()
                        + ", and the class has " + enrolled + " enrolled trainees");
            }
        }
        List<String> lecturerIds = request.lecturerIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.lecturerIds()));
        lecturerIds.forEach(lecturers::get);
        return new SessionPlan(kind, request.title().trim(), start, end, request.venueId(), venueName, lecturerIds);
    }

    private Override override(ClassRoster klass, String agencyId, String reason) {
        if (reason == null) {
            return null;
        }
        if (!klass.organiserAgencyId().equals(agencyId)) {
            throw RuleViolationException.forbidden("not-the-organiser", "Only the organising agency may override conflicts");
        }
        return new Override(agencyId, reason, clock.instant());
    }

    private ClassRoster organisedClass(String agencyId, String classId) {
        ClassRoster klass = rosters.visibleTo(agencyId, classId);
        if (!klass.isOrganisedBy(agencyId)) {
            throw RuleViolationException.forbidden("not-an-organiser", "Only the organising agencies build the timetable");
        }
        if (!klass.isRunning()) {
            throw RuleViolationException.conflict("class-not-running", "The class is " + klass.status());
        }
        return klass;
    }

    private ClassTimetable timetable(String classId) {
        return repository.findById(classId).orElseThrow(() -> new NotFoundException("Timetable of class", classId));
    }

    private String describe(String resource) {
        String id = resource.substring(resource.indexOf(':') + 1);
        return resource.startsWith("venue:") ? "Venue " + venues.get(id).name() : "Lecturer " + lecturers.get(id).fullName();
    }

    private static Instant instant(String text, ZoneId zone, String field) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            // local to the class's zone
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "must be a date-time such as 2022-08-08T08:00 (in the class's zone) "
                    + "or 2022-08-08T08:00+07:00, was '" + text + "'");
        }
    }

    private static String local(Instant instant, ClassRoster klass) {
        return TIME.format(instant.atZone(ZoneId.of(klass.timeZone())));
    }

    private record Hold(String resource, String sessionId) {
    }
}
