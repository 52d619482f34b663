package org.trainingplatform.notification.message;

import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.support.sms.SmsSegments.Encoding;

import java.time.Instant;
import java.util.List;

/**
 * A message as an agency sees it: what, to whom (a trainee, or a lecturer: {@code lecturerId}), its
 * status with the reason, and every attempt.
 */
record MessageView(String id, MessageKind kind, boolean mandatory, Channel channel, MessageStatus status,
                   String statusReason, String classId, String traineeId, String lecturerId, String senderAgencyId,
                   String recipient,
                   String subject, String text, Encoding smsEncoding, Integer smsSegments, Instant createdAt,
                   Instant nextAttemptAt, Instant sentAt, String provider, int resends, List<Attempt> attempts,
                   String causeEventId) {

    static MessageView of(Message m) {
        Content content = m.content();
        return new MessageView(m.id(), m.kind(), m.kind().mandatory(), m.channel(), m.status(), m.statusReason(),
                m.classId(), m.traineeId(), m.lecturerId(), m.senderAgencyId(), m.recipient(),
                content == null ? null : content.subject(), content == null ? null : content.text(),
                content == null ? null : content.encoding(), content == null ? null : content.segments(),
                m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.provider(), m.resends(), m.attempts(), m.causeEventId());
    }
}
