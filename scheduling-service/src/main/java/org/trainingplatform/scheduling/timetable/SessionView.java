package org.trainingplatform.scheduling.timetable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A session as the API shows it: instants, and local times in the class's zone. */
record SessionView(String id, String classId, String classTitle, SessionKind kind, String title, Instant start,
                   Instant end, LocalDateTime localStart, LocalDateTime localEnd, String timeZone, String venueId,
                   String venueName, List<String> lecturerIds, Session.Status status, int sequence, Override override,
                   String cancellationReason) {

    static SessionView of(TimetableEntry entry) {
        Session s = entry.session();
        ZoneId zone = ZoneId.of(entry.timeZone());
        return new SessionView(s.id(), entry.classId(), entry.classTitle(), s.kind(), s.title(), s.start(), s.end(),
                LocalDateTime.ofInstant(s.start(), zone), LocalDateTime.ofInstant(s.end(), zone), entry.timeZone(),
                s.venueId(), s.venueName(), s.lecturerIds(), s.status(), s.sequence(), s.override(),
                s.cancellationReason());
    }
}
