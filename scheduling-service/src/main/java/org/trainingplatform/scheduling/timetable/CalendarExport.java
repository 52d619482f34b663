package org.trainingplatform.scheduling.timetable;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import org.trainingplatform.scheduling.lecturer.Lecturers;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Timetables as RFC 5545 iCalendar, for calendar apps to subscribe to. Each session keeps its UID
 * for life and carries its sequence, so a moved session updates the event a calendar already has;
 * a cancelled one stays in the feed with STATUS:CANCELLED so calendars remove it.
 */
@Component
class CalendarExport {

    private final Lecturers lecturers;

    CalendarExport(Lecturers lecturers) {
        this.lecturers = lecturers;
    }

    String ics(List<TimetableEntry> entries) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//training-platform//scheduling//VI"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (TimetableEntry entry : entries) {
            calendar.add(event(entry));
        }
        return calendar.toString();
    }

    private VEvent event(TimetableEntry entry) {
        Session session = entry.session();
        VEvent event = new VEvent(session.start(), session.end(), session.title());
        event.add(new Uid(session.id() + "@trainingplatform.org"));
        event.add(new Sequence(session.sequence()));
        Property status = session.isScheduled() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED;
        event.add(status);
        if (session.venueName() != null) {
            event.add(new Location(session.venueName()));
        }
        event.add(new Description(description(entry)));
        return event;
    }

    private String description(TimetableEntry entry) {
        String lecturerNames = entry.session().lecturerIds().stream().map(id -> lecturers.get(id).fullName())
                .collect(Collectors.joining(", "));
        return (entry.classTitle() == null ? "" : entry.classTitle() + "\n")
                + entry.session().kind().name().replace('_', ' ').toLowerCase()
                + (lecturerNames.isEmpty() ? "" : "\n" + lecturerNames);
    }
}
