package org.trainingplatform.events.notification;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.NOTIFICATION;

/**
 * A message to a trainee was accepted by the mail server or the SMS provider. {@code agencyId} is the
 * agency the message was sent for (the class's organiser); {@code kind} names the message, e.g.
 * {@code ENROLMENT_CONFIRMED}; {@code channel} is {@code EMAIL} or {@code SMS}.
 */
@IntegrationEvent(stream = NOTIFICATION, name = "message-sent", key = "classId", subject = "messageId")
public record MessageSent(String messageId, String agencyId, String classId, String traineeId, String kind,
                          String channel, int attempts, String causeEventId) {
}
