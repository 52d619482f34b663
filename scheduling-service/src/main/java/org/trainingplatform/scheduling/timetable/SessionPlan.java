package org.trainingplatform.scheduling.timetable;

import java.time.Instant;
import java.util.List;

/** A session as the organiser wants it, with its times resolved to instants and its venue's name looked up. */
record SessionPlan(SessionKind kind, String title, Instant start, Instant end, String venueId, String venueName,
                   List<String> lecturerIds) {
}
