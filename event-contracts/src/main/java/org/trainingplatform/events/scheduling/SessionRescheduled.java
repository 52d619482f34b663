package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/** A session moved, or changed venue or lecturers; the values are the new ones, in full. */
@IntegrationEvent(stream = SCHEDULING, name = "session-rescheduled", key = "classId", subject = "sessionId")
public record SessionRescheduled(String classId, String agencyId, String sessionId, String title, Instant start,
                                 Instant end, String timeZone, String venueId, String venueName,
                                 List<String> lecturerIds, int sequence) {
}
