package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/**
 * A session was added to a class's timetable. {@code kind} is one of {@code OPENING_CEREMONY},
 * {@code LECTURE}, {@code FIELD_STUDY}, {@code SEMINAR}, {@code CLOSING_CEREMONY}; times are instants,
 * {@code timeZone} is the zone they are shown in. {@code sequence} starts at 0 and grows with every change.
 */
@IntegrationEvent(stream = SCHEDULING, name = "session-scheduled", key = "classId", subject = "sessionId")
public record SessionScheduled(String classId, String agencyId, String sessionId, String kind, String title,
                               Instant start, Instant end, String timeZone, String venueId, String venueName,
                               List<String> lecturerIds, int sequence) {
}
