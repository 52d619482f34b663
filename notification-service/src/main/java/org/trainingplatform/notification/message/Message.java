package org.trainingplatform.notification.message;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
import org.trainingplatform.events.notification.LecturerMessageFailed;
import org.trainingplatform.events.notification.LecturerMessageSent;
import org.trainingplatform.events.notification.MessageFailed;
import org.trainingplatform.events.notification.MessageSent;
import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.notification.channel.DeliveryFailedException;
import org.trainingplatform.notification.channel.Outgoing;
import org.trainingplatform.notification.channel.ProviderCall;
import org.trainingplatform.support.outbox.OutboxAggregate;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.trainingplatform.notification.message.MessageStatus.*;

/**
 * One message to one recipient on one channel, because of one event. Its id is made of the cause
 * event's id, the recipient and the channel, so a redelivered event can never make a second one. The
 * recipient is a trainee (their id, as it always was) or a lecturer ({@code lecturer:<id>}); a message to
 * a lecturer has no trainee and no trainee's agency.
 * <p>
 * The message is also its own entry in the durable queue: it waits in its lane (the sending agency,
 * the channel, and one of a few lanes chosen by the recipient) in the order it was queued, is claimed
 * under a lease while it is being handed over, and records every attempt. Reaching SENT or FAILED
 * records {@link MessageSent} or {@link MessageFailed} in the same write (outbox), or for a lecturer
 * {@link LecturerMessageSent} or {@link LecturerMessageFailed}.
 */
@Document("messages")
@CompoundIndex(name = "lane_queue", def = "{'lane': 1, 'status': 1, 'sequence': 1}")
@CompoundIndex(name = "status_due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "trainee", def = "{'traineeId': 1, 'status': 1}")
@CompoundIndex(name = "lecturer", def = "{'lecturerId': 1, 'status': 1}", sparse = true)
@CompoundIndex(name = "class", def = "{'classId': 1, 'status': 1}")
@CompoundIndex(name = "sender_status", def = "{'senderAgencyId': 1, 'status': 1}")
public class Message extends OutboxAggregate {

    static final String WAITING_FOR_TRAINEE = "Waiting for the trainee's contact details";
    static final String WAITING_FOR_CLASS = "Waiting for the class's details";
    static final String WAITING_FOR_LECTURER = "Waiting for the lecturer's contact details";
    private static final String LECTURER = "lecturer:";
    static final int LANES_PER_CHANNEL = 4;

    @Id
    private String id;
    private String causeEventId;
    private MessageKind kind;
    private Channel channel;
    private String classId;
    private String traineeId;
    private String senderAgencyId;
    private String traineeAgencyId;
    private String lecturerId;
    private Map<String, String> details;
    private MessageStatus status;
    private String statusReason;
    private String recipient;
    private Content content;
    private String timeZone;
    private String lane;
    private long sequence;
    private Instant createdAt;
    private Instant queuedAt;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private Instant sentAt;
    private String provider;
    private String providerMessageId;
    private int resends;
    @Unwrapped.Empty
    private Attempts attempts = new Attempts();

    private Message() {
    }

    static String idOf(String causeEventId, String traineeId, Channel channel) {
        return causeEventId + ":" + traineeId + ":" + channel;
    }

    /**
     * The lane of a recipient's messages from one sender on one channel: one of {@value #LANES_PER_CHANNEL},
     * chosen by the recipient, so that a recipient's messages keep their order while different recipients'
     * messages go out side by side.
     */
    static String laneOf(String senderAgencyId, Channel channel, String recipient) {
        return senderAgencyId + "/" + channel + "/" + Math.floorMod(recipient.hashCode(), LANES_PER_CHANNEL);
    }

    static String idOfLecturer(String causeEventId, String lecturerId, Channel channel) {
        return idOf(causeEventId, LECTURER + lecturerId, channel);
    }

    /** A message made due by an event; it is written once the trainee's contact details are known. */
    static Message due(String causeEventId, MessageKind kind, Channel channel, String classId, String traineeId,
                       String senderAgencyId, String traineeAgencyId, Map<String, String> details, Instant now) {
        Message message = due(idOf(causeEventId, traineeId, channel), causeEventId, kind, channel, classId,
                senderAgencyId, details, now);
        message.traineeId = traineeId;
        message.traineeAgencyId = traineeAgencyId;
        message.lane = laneOf(senderAgencyId, channel, traineeId);
        message.statusReason = WAITING_FOR_TRAINEE;
        return message;
    }

    /** A message to a lecturer about one of their sessions; it is written once their contact details are known. */
    static Message dueToLecturer(String causeEventId, MessageKind kind, Channel channel, String classId,
                                 String lecturerId, String senderAgencyId, Map<String, String> details, Instant now) {
        Message message = due(idOfLecturer(causeEventId, lecturerId, channel), causeEventId, kind, channel, classId,
                senderAgencyId, details, now);
        message.lecturerId = lecturerId;
        message.lane = laneOf(senderAgencyId, channel, LECTURER + lecturerId);
        message.statusReason = WAITING_FOR_LECTURER;
        return message;
    }

    private static Message due(String id, String causeEventId, MessageKind kind, Channel channel, String classId,
                               String senderAgencyId, Map<String, String> details, Instant now) {
        Message message = new Message();
        message.id = id;
        message.causeEventId = causeEventId;
        message.kind = kind;
        message.channel = channel;
        message.classId = classId;
        message.senderAgencyId = senderAgencyId;
        message.details = details == null ? Map.of() : Map.copyOf(details);
        message.createdAt = now;
        message.status = WAITING_FOR_CONTACT;
        return message;
    }

    // --- being written -----------------------------------------------------------------------------

    void waitFor(String what) {
        require(WAITING_FOR_CONTACT);
        statusReason = what;
    }

    /** Not due on this channel: the trainee opted out of it, or has no address on it. */
    void skip(String reason) {
        require(WAITING_FOR_CONTACT);
        status = SKIPPED;
        statusReason = reason;
    }

    /** Cannot be sent as it is (an invalid address, a template error): fails without calling any provider. */
    void refuse(String reason, Instant now) {
        require(WAITING_FOR_CONTACT);
        attempts.refused(now, reason);
        fail(reason);
    }

    /** Written and queued in its lane; an SMS due in quiet hours waits until {@code notBefore}. */
    void queue(String recipient, Content content, ZoneId zone, long sequence, Instant now, Instant notBefore) {
        require(WAITING_FOR_CONTACT);
        this.recipient = recipient;
        this.content = content;
        this.timeZone = zone.getId();
        this.sequence = sequence;
        this.queuedAt = now;
        if (notBefore.isAfter(now)) {
            deferUntil(notBefore);
        } else {
            status = PENDING;
            statusReason = "Queued";
            nextAttemptAt = now;
        }
    }

    // --- being sent --------------------------------------------------------------------------------

    boolean isDueAt(Instant now) {
        return status == PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Takes the message for sending; the lease says until when the sender is presumed alive. */
    void claim(Instant now, Duration lease) {
        if (!isDueAt(now)) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not due");
        }
        status = SENDING;
        statusReason = "Being handed to the provider";
        leaseUntil = now.plus(lease);
    }

    Outgoing outgoing() {
        String reference = resends == 0 ? id : id + "#" + resends;
        return new Outgoing(reference, recipient, content.subject(), content.html(), content.text());
    }

    void sent(List<ProviderCall> calls, String providerName, String providerMessageId, Instant now) {
        require(SENDING);
        record(calls, providerName);
        status = SENT;
        statusReason = "Accepted by " + providerName;
        sentAt = now;
        provider = providerName;
        this.providerMessageId = providerMessageId;
        leaseUntil = null;
        nextAttemptAt = null;
        if (isToTrainee()) {
            registerEvent(new MessageSent(id, senderAgencyId, classId, traineeId, kind.name(), channel.name(),
                    attempts.count(), causeEventId));
        } else {
            registerEvent(new LecturerMessageSent(id, senderAgencyId, classId, lecturerId, kind.name(), channel.name(),
                    attempts.count(), causeEventId));
        }
    }

    /** The provider refused this message for good. */
    void rejected(List<ProviderCall> calls, String providerName, String reason) {
        require(SENDING);
        record(calls, providerName);
        provider = providerName;
        fail(reason);
    }

    /**
     * The provider did not take the message this time: it is tried again after a back-off that doubles
     * with each try, unless it has failed temporarily too often or waited too long for the provider.
     */
    void failedForNow(List<ProviderCall> calls, String providerName, DeliveryFailedException failure, Instant now,
                      DispatchProperties policy) {
        require(SENDING);
        record(calls, providerName);
        provider = providerName;
        if (attempts.failed(failure, policy)) {
            fail("Gave up after " + attempts.count() + " attempts: " + failure.getMessage());
        } else if (queuedAt.plus(policy.giveUpAfter()).isBefore(now)) {
            fail("Gave up after waiting " + policy.giveUpAfter().toHours() + " h for the provider: " + failure.getMessage());
        } else {
            retryAt(now.plus(attempts.backoff(policy)), failure.getMessage());
        }
    }

    /**
     * The provider's circuit is open, or it is at its rate limit: the message keeps its turn. The calls made
     * before that (a retry can find the circuit opened by other lanes' failures) are recorded.
     */
    void paused(Duration pause, String reason, List<ProviderCall> calls, String providerName, Instant now) {
        require(SENDING);
        record(calls, providerName);
        retryAt(now.plus(pause), reason);
    }

    /** An SMS whose turn came in quiet hours. */
    void defer(Instant until) {
        require(SENDING);
        deferUntil(until);
    }

    /** Quiet hours are over: back in the queue, with its original place. */
    boolean release(Instant now) {
        if (status != DEFERRED || nextAttemptAt.isAfter(now)) {
            return false;
        }
        status = PENDING;
        statusReason = "Quiet hours are over";
        return true;
    }

    /**
     * The sender stopped while handing the message over (its lease expired), so whether the provider
     * took it is unknown. An SMS is sent again with the same reference, which the gateway deduplicates.
     * An email is not: SMTP cannot recognise a second copy, so it waits for the agency to decide.
     */
    boolean leaseExpired(Instant now) {
        if (status != SENDING || leaseUntil.isAfter(now)) {
            return false;
        }
        attempts.interrupted(leaseUntil, provider);
        leaseUntil = null;
        if (channel == Channel.SMS) {
            status = PENDING;
            statusReason = "Sent again after an interruption (the SMS gateway accepts a message reference once)";
            nextAttemptAt = now;
        } else {
            status = UNCONFIRMED;
            statusReason = "The service stopped while the mail server was being called: the email may or may not have "
                    + "arrived, and SMTP cannot tell a second copy from the first. Check with the trainee if needed, "
                    + "then re-send it.";
            nextAttemptAt = null;
        }
        return true;
    }

    /** The agency asks for a failed or unconfirmed message to be sent again: it is written afresh. */
    void resend() {
        if (status != FAILED && status != UNCONFIRMED) {
            throw RuleViolationException.conflict("not-resendable",
                    "Only a FAILED or UNCONFIRMED message can be re-sent; this one is " + status);
        }
        resends++;
        attempts.startAgain();
        status = WAITING_FOR_CONTACT;
        statusReason = isToTrainee() ? WAITING_FOR_TRAINEE : WAITING_FOR_LECTURER;
        nextAttemptAt = null;
    }

    private void retryAt(Instant next, String reason) {
        status = PENDING;
        statusReason = "Will try again: " + reason;
        nextAttemptAt = next;
        leaseUntil = null;
    }

    private void deferUntil(Instant until) {
        status = DEFERRED;
        statusReason = "Held back by quiet hours";
        nextAttemptAt = until;
        leaseUntil = null;
    }

    private void fail(String reason) {
        status = FAILED;
        statusReason = reason;
        nextAttemptAt = null;
        leaseUntil = null;
        if (isToTrainee()) {
            registerEvent(new MessageFailed(id, senderAgencyId, classId, traineeId, kind.name(), channel.name(),
                    attempts.count(), causeEventId, reason));
        } else {
            registerEvent(new LecturerMessageFailed(id, senderAgencyId, classId, lecturerId, kind.name(), channel.name(),
                    attempts.count(), causeEventId, reason));
        }
    }

    private void record(List<ProviderCall> calls, String providerName) {
        leaseUntil = null;
        attempts.record(calls, providerName);
    }

    private void require(MessageStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not " + expected);
        }
    }

    // --- reading ------------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    String causeEventId() {
        return causeEventId;
    }

    MessageKind kind() {
        return kind;
    }

    Channel channel() {
        return channel;
    }

    String classId() {
        return classId;
    }

    String traineeId() {
        return traineeId;
    }

    String senderAgencyId() {
        return senderAgencyId;
    }

    /** The trainee's own agency; null for a message to a lecturer. */
    String traineeAgencyId() {
        return traineeAgencyId;
    }

    String lecturerId() {
        return lecturerId;
    }

    boolean isToTrainee() {
        return lecturerId == null;
    }

    Map<String, String> details() {
        return details;
    }

    MessageStatus status() {
        return status;
    }

    boolean isWaiting() {
        return status == WAITING_FOR_CONTACT;
    }

    String statusReason() {
        return statusReason;
    }

    String recipient() {
        return recipient;
    }

    Content content() {
        return content;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    String lane() {
        return lane;
    }

    long sequence() {
        return sequence;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    String provider() {
        return provider;
    }

    int resends() {
        return resends;
    }

    List<Attempt> attempts() {
        return attempts.list();
    }
}
