package org.trainingplatform.events.notification;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.NOTIFICATION;

/**
 * A message to a lecturer about one of their sessions was accepted by the mail server or the SMS provider.
 * {@code agencyId} is the agency the message was sent for (the class's organiser).
 */
@IntegrationEvent(stream = NOTIFICATION, name = "lecturer-message-sent", key = "classId", subject = "messageId")
public record LecturerMessageSent(String messageId, String agencyId, String classId, String lecturerId, String kind,
                                  String channel, int attempts, String causeEventId) {
}
