package org.trainingplatform.events.notification;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.NOTIFICATION;

/** A message to a trainee could not be sent and will not be tried again on its own, with the reason. */
@IntegrationEvent(stream = NOTIFICATION, name = "message-failed", key = "classId", subject = "messageId")
public record MessageFailed(String messageId, String agencyId, String classId, String traineeId, String kind,
                            String channel, int attempts, String causeEventId, String reason) {
}
