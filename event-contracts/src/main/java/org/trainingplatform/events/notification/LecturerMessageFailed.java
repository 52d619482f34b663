package org.trainingplatform.events.notification;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.NOTIFICATION;

/** A message to a lecturer could not be sent and will not be tried again on its own, with the reason. */
@IntegrationEvent(stream = NOTIFICATION, name = "lecturer-message-failed", key = "classId", subject = "messageId")
public record LecturerMessageFailed(String messageId, String agencyId, String classId, String lecturerId, String kind,
                                    String channel, int attempts, String causeEventId, String reason) {
}
