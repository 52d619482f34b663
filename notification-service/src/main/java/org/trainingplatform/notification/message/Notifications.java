package org.trainingplatform.notification.message;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.notification.channel.ChannelSettings;
import org.trainingplatform.notification.channel.SendingPolicy;
import org.trainingplatform.notification.content.Letter;
import org.trainingplatform.notification.content.MessageTemplates;
import org.trainingplatform.notification.content.SmsText;
import org.trainingplatform.notification.content.TemplateFailure;
import org.trainingplatform.notification.klass.Classes;
import org.trainingplatform.notification.klass.TrainingClass;
import org.trainingplatform.notification.trainee.TraineeContact;
import org.trainingplatform.notification.trainee.TraineeContacts;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the messages an event calls for, one per trainee and channel, and writes them as soon as
 * the trainee's contact details and the class are known: in the trainee's language, through the
 * templates of their kind, with the sending agency's choices (SMS without diacritics, quiet hours).
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final MessageRepository repository;
    private final TraineeContacts contacts;
    private final Classes classes;
    private final ChannelSettings channels;
    private final MessageTemplates templates;
    private final Sequence sequence;
    private final AggregateUpdates updates;
    private final Clock clock;

    Notifications(MessageRepository repository, TraineeContacts contacts, Classes classes, ChannelSettings channels,
                  MessageTemplates templates, Sequence sequence, AggregateUpdates updates, Clock clock) {
        this.repository = repository;
        this.contacts = contacts;
        this.classes = classes;
        this.channels = channels;
        this.templates = templates;
        this.sequence = sequence;
        this.updates = updates;
        this.clock = clock;
    }

    /**
     * The messages of one event to one trainee, on every channel. Idempotent: a redelivered event
     * finds its messages made already.
     *
     * @param senderAgencyId the agency the messages are sent for and through whose channels: the class's organiser
     */
    public void toTrainee(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                          String traineeId, String traineeAgencyId, Map<String, String> details) {
        for (Channel channel : Channel.values()) {
            if (repository.existsById(Message.idOf(causeEventId, traineeId, channel))) {
                continue;
            }
            Message message = Message.due(causeEventId, kind, channel, classId, traineeId, senderAgencyId,
                    traineeAgencyId, details, clock.instant());
            write(message);
            try {
                repository.insert(message);
            } catch (DuplicateKeyException madeMeanwhile) {
                continue;
            }
            if (message.isWaiting()) {
                // the contact may have arrived between the look-up and the insert, on another consumer thread
                writeWaiting(message.id());
            }
        }
    }

    /** The messages of one event to every trainee still on the class's roster. */
    public void toParticipants(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                               Map<String, String> details) {
        classes.find(classId).ifPresent(klass -> klass.activeParticipants().forEach(participant ->
                toTrainee(causeEventId, kind, classId, senderAgencyId, participant.traineeId(),
                        participant.agencyId(), details)));
    }

    /** A trainee's contact details became known or changed: their waiting messages are written now. */
    public void contactKnown(String traineeId) {
        repository.findByTraineeIdAndStatus(traineeId, MessageStatus.WAITING_FOR_CONTACT)
                .forEach(message -> writeWaiting(message.id()));
    }

    /** A class became known: the messages that waited for it are written now. */
    public void classKnown(String classId) {
        repository.findByClassIdAndStatus(classId, MessageStatus.WAITING_FOR_CONTACT)
                .forEach(message -> writeWaiting(message.id()));
    }

    /** Sends a failed or unconfirmed message again, written afresh with the trainee's current details. */
    Message resend(String agencyId, String messageId) {
        return updates.update(messageId, () -> {
            Message message = repository.findById(messageId).filter(m -> m.senderAgencyId().equals(agencyId))
                    .orElseThrow(() -> new NotFoundException("Message", messageId));
            message.resend();
            write(message);
            return repository.save(message);
        });
    }

    private void writeWaiting(String messageId) {
        updates.update(messageId, () -> {
            repository.findById(messageId).filter(Message::isWaiting).ifPresent(message -> {
                write(message);
                if (!message.isWaiting()) {
                    repository.save(message);
                }
            });
            return null;
        });
    }

    /** Writes the message if its trainee and class are known; a problem fails this message only. */
    private void write(Message message) {
        Optional<TraineeContact> contact = contacts.find(message.traineeId());
        Optional<TrainingClass> klass = classes.find(message.classId());
        if (contact.isEmpty()) {
            message.waitFor(Message.WAITING_FOR_TRAINEE);
            return;
        }
        if (klass.isEmpty()) {
            message.waitFor(Message.WAITING_FOR_CLASS);
            return;
        }
        Instant now = clock.instant();
        Channel channel = message.channel();
        String address = contact.get().address(channel);
        if (contact.get().optedOutOf(channel) && !message.kind().mandatory()) {
            message.skip("The trainee opted out of " + channel + " messages");
            return;
        }
        if (address == null || address.isBlank()) {
            message.skip(channel == Channel.EMAIL ? "No email address is known for the trainee"
                    : "No mobile number is known for the trainee");
            return;
        }
        Optional<String> invalid = Addresses.problem(channel, address);
        if (invalid.isPresent()) {
            message.refuse(invalid.get(), now);
            return;
        }
        SendingPolicy policy = channels.policy(message.senderAgencyId());
        Content content;
        try {
            content = content(message, contact.get(), klass.get(), policy, now);
        } catch (TemplateFailure e) {
            log.warn("Message {} fails: {}", message.id(), e.getMessage());
            message.refuse(e.getMessage(), now);
            return;
        }
        Instant notBefore = channel == Channel.SMS ? policy.quietHours().nextAllowed(now, klass.get().zone()) : now;
        message.queue(address, content, klass.get().zone(), sequence.next(), now, notBefore);
    }

    private Content content(Message message, TraineeContact contact, TrainingClass klass, SendingPolicy policy,
                            Instant now) {
        Letter letter = new Letter(message.kind().template(), contact.language(), contact.fullName(), klass.title(),
                klass.programmeTitle(), klass.startDate(), klass.endDate(), klass.venue(), klass.zone(), now,
                message.kind().mandatory(), message.details());
        if (message.channel() == Channel.EMAIL) {
            return Content.email(templates.email(letter));
        }
        String text = templates.sms(letter);
        return Content.sms(policy.smsWithoutDiacritics() ? SmsText.withoutDiacritics(text) : SmsText.of(text));
    }
}
