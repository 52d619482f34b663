package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import java.time.Instant;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/** A session was taken off the timetable, with the reason; it no longer counts for attendance. */
@IntegrationEvent(stream = SCHEDULING, name = "session-cancelled", key = "classId", subject = "sessionId")
public record SessionCancelled(String classId, String agencyId, String sessionId, String title, Instant start,
                               String reason, int sequence) {
}
