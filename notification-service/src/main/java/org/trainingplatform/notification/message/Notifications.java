package org.trainingplatform.notification.message;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.notification.channel.ChannelSettings;
import org.trainingplatform.notification.channel.SendingPolicy;
import org.trainingplatform.notification.content.Addressee;
import org.trainingplatform.notification.content.Language;
import org.trainingplatform.notification.content.Letter;
import org.trainingplatform.notification.content.MessageTemplates;
import org.trainingplatform.notification.content.SessionLine;
import org.trainingplatform.notification.content.SmsText;
import org.trainingplatform.notification.content.TemplateFailure;
import org.trainingplatform.notification.klass.Classes;
import org.trainingplatform.notification.klass.Participant;
import org.trainingplatform.notification.klass.TrainingClass;
import org.trainingplatform.notification.lecturer.LecturerContacts;
import org.trainingplatform.notification.timetable.ClassTimetable;
import org.trainingplatform.notification.timetable.Session;
import org.trainingplatform.notification.timetable.Timetables;
import org.trainingplatform.notification.trainee.TraineeContacts;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the messages an event calls for, one per recipient and channel, and writes them as soon as
 * the recipient's contact details and the class are known: in the recipient's language, through the
 * templates of their kind, with the sending agency's choices (SMS without diacritics, quiet hours).
 * Recipients are trainees, and lecturers (about their sessions), who have no preferences and are
 * written to in Vietnamese.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final MessageRepository repository;
    private final TraineeContacts contacts;
    private final LecturerContacts lecturers;
    private final Classes classes;
    private final Timetables timetables;
    private final ChannelSettings channels;
    private final MessageTemplates templates;
    private final Sequence sequence;
    private final AggregateUpdates updates;
    private final WaitingRecipients waiting;
    private final Clock clock;

    Notifications(MessageRepository repository, TraineeContacts contacts, LecturerContacts lecturers, Classes classes,
                  Timetables timetables, ChannelSettings channels, MessageTemplates templates, Sequence sequence,
                  AggregateUpdates updates, WaitingRecipients waiting, Clock clock) {
        this.repository = repository;
        this.contacts = contacts;
        this.lecturers = lecturers;
        this.classes = classes;
        this.timetables = timetables;
        this.channels = channels;
        this.templates = templates;
        this.sequence = sequence;
        this.updates = updates;
        this.waiting = waiting;
        this.clock = clock;
    }

    /**
     * The messages of one event to one trainee, on every channel. Idempotent: a redelivered event
     * finds its messages made already.
     *
     * @param senderAgencyId  the agency the messages are sent for and through whose channels: the class's organiser
     * @param traineeAgencyId the trainee's own agency; if null, as the class's roster or the trainee's details say
     */
    public void toTrainee(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                          String traineeId, String traineeAgencyId, Map<String, String> details) {
        toTrainee(causeEventId, kind, classId, senderAgencyId, traineeId, traineeAgencyId, details, new Lookups());
    }

    private void toTrainee(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                           String traineeId, String traineeAgencyId, Map<String, String> details, Lookups lookups) {
        String agencyId = traineeAgencyId != null ? traineeAgencyId : traineeAgencyOf(classId, traineeId);
        make(channel -> Message.due(causeEventId, kind, channel, classId, traineeId, senderAgencyId, agencyId, details,
                clock.instant()), lookups);
    }

    /** The messages of one event to every trainee still on the class's roster. */
    public void toParticipants(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                               Map<String, String> details) {
        Lookups lookups = new Lookups();
        klass(classId, lookups).ifPresent(klass -> classes.activeParticipants(classId).forEach(participant ->
                toTrainee(causeEventId, kind, classId, senderAgencyId, participant.traineeId(),
                        participant.agencyId(), details, lookups)));
    }

    /** The messages of one event to every trainee enrolled in the class (not those waiting or pending). */
    public void toEnrolled(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                           Map<String, String> details) {
        Lookups lookups = new Lookups();
        klass(classId, lookups).ifPresent(klass -> classes.enrolledParticipants(classId).forEach(participant ->
                toTrainee(causeEventId, kind, classId, senderAgencyId, participant.traineeId(),
                        participant.agencyId(), details, lookups)));
    }

    /** The messages of one event to each of the lecturers, on every channel. */
    public void toLecturers(String causeEventId, MessageKind kind, String classId, String senderAgencyId,
                            Collection<String> lecturerIds, Map<String, String> details) {
        Lookups lookups = new Lookups();
        lecturerIds.forEach(lecturerId -> make(channel -> Message.dueToLecturer(causeEventId, kind, channel, classId,
                lecturerId, senderAgencyId, details, clock.instant()), lookups));
    }

    /** A trainee's contact details became known or changed: their waiting messages are written now. */
    public void contactKnown(String traineeId) {
        release(WaitingRecipients.trainee(traineeId), () -> repository.findByTraineeIdAndStatus(traineeId, MessageStatus.WAITING_FOR_CONTACT));
    }

    /** A lecturer's contact details became known or changed: their waiting messages are written now. */
    public void lecturerKnown(String lecturerId) {
        release(WaitingRecipients.lecturer(lecturerId), () -> repository.findByLecturerIdAndStatus(lecturerId, MessageStatus.WAITING_FOR_CONTACT));
    }

    /** A class became known: the messages that waited for it are written now. */
    public void classKnown(String classId) {
        release(WaitingRecipients.klass(classId), () -> repository.findByClassIdAndStatus(classId, MessageStatus.WAITING_FOR_CONTACT));
    }

    /** Writes the messages that waited for these details, if any did; the mark goes once they are written. */
    private void release(String key, java.util.function.Supplier<java.util.List<Message>> waitingMessages) {
        if (waiting.isWaited(key)) {
            waitingMessages.get().forEach(message -> writeWaiting(message.id()));
            waiting.served(key);
        }
    }

    /** Sends a failed or unconfirmed message again, written afresh with the recipient's current details. */
    Message resend(String agencyId, String messageId) {
        return updates.update(messageId, () -> {
            Message message = repository.findById(messageId).filter(m -> m.senderAgencyId().equals(agencyId))
                    .orElseThrow(() -> new NotFoundException("Message", messageId));
            message.resend();
            write(message, new Lookups());
            return repository.save(message);
        });
    }

    /** Writes and inserts the event's message on each channel; one made already (the event redelivered) stays as it is. */
    private void make(Function<Channel, Message> due, Lookups lookups) {
        for (Channel channel : Channel.values()) {
            Message message = due.apply(channel);
            write(message, lookups);
            try {
                repository.insert(message);
            } catch (DuplicateKeyException madeMeanwhile) {
                continue;
            }
            if (message.isWaiting()) {
                waiting.mark(message);
                // the contact may have arrived between the look-up and the insert, on another consumer thread
                writeWaiting(message.id());
            }
        }
    }

    private String traineeAgencyOf(String classId, String traineeId) {
        return classes.participant(classId, traineeId).map(Participant::agencyId)
                .or(() -> contacts.find(traineeId).map(contact -> contact.agencyId()))
                .orElse(null);
    }

    private void writeWaiting(String messageId) {
        updates.update(messageId, () -> {
            repository.findById(messageId).filter(Message::isWaiting).ifPresent(message -> {
                write(message, new Lookups());
                if (!message.isWaiting()) {
                    repository.save(message);
                }
            });
            return null;
        });
    }

    /** Writes the message if its recipient and class are known; a problem fails this message only. */
    private void write(Message message, Lookups lookups) {
        Optional<Recipient> recipient = lookups.once(recipientKey(message), () -> recipientOf(message));
        Optional<TrainingClass> klass = klass(message.classId(), lookups);
        if (recipient.isEmpty()) {
            message.waitFor(message.isToTrainee() ? Message.WAITING_FOR_TRAINEE : Message.WAITING_FOR_LECTURER);
            return;
        }
        if (klass.isEmpty()) {
            message.waitFor(Message.WAITING_FOR_CLASS);
            return;
        }
        Instant now = clock.instant();
        Channel channel = message.channel();
        String address = recipient.get().address(channel);
        if (recipient.get().optedOutOf(channel) && !message.kind().mandatory()) {
            message.skip("The trainee opted out of " + channel + " messages");
            return;
        }
        if (address == null || address.isBlank()) {
            message.skip((channel == Channel.EMAIL ? "No email address" : "No mobile number") + " is known for the "
                    + (message.isToTrainee() ? "trainee" : "lecturer"));
            return;
        }
        Optional<String> invalid = Addresses.problem(channel, address);
        if (invalid.isPresent()) {
            message.refuse(invalid.get(), now);
            return;
        }
        SendingPolicy policy = lookups.once("policy:" + message.senderAgencyId(),
                () -> channels.policy(message.senderAgencyId()));
        Content content;
        try {
            content = content(message, recipient.get(), klass.get(), policy, now, lookups);
        } catch (TemplateFailure e) {
            log.warn("Message {} fails: {}", message.id(), e.getMessage());
            message.refuse(e.getMessage(), now);
            return;
        }
        Instant notBefore = channel == Channel.SMS ? policy.quietHours().nextAllowed(now, klass.get().zone()) : now;
        message.queue(address, content, klass.get().zone(), sequence.next(), now, notBefore);
    }

    private Optional<TrainingClass> klass(String classId, Lookups lookups) {
        return lookups.once("class:" + classId, () -> classes.find(classId));
    }

    private static String recipientKey(Message message) {
        return message.isToTrainee() ? "trainee:" + message.traineeId() : "lecturer:" + message.lecturerId();
    }

    private Optional<Recipient> recipientOf(Message message) {
        if (message.isToTrainee()) {
            return contacts.find(message.traineeId()).map(contact -> new Recipient(
                    Addressee.trainee(contact.fullName()), contact.language(), contact.address(Channel.EMAIL),
                    contact.address(Channel.SMS), contact.optedOutOf(Channel.EMAIL), contact.optedOutOf(Channel.SMS)));
        }
        return lecturers.find(message.lecturerId()).map(lecturer -> new Recipient(
                Addressee.lecturer(lecturer.fullName(), lecturer.honorific()), Language.vi, lecturer.email(),
                lecturer.phone(), false, false));
    }

    private Content content(Message message, Recipient recipient, TrainingClass klass, SendingPolicy policy,
                            Instant now, Lookups lookups) {
        Letter letter = new Letter(message.kind().template(), recipient.language(), recipient.addressee(), klass.title(),
                klass.programmeTitle(), klass.startDate(), klass.endDate(), klass.venue(), klass.zone(), now,
                message.kind().mandatory(), message.details(), sessions(message, lookups));
        if (message.channel() == Channel.EMAIL) {
            return Content.email(templates.email(letter));
        }
        String text = templates.sms(letter);
        return Content.sms(policy.smsWithoutDiacritics() ? SmsText.withoutDiacritics(text) : SmsText.of(text));
    }

    /** The sessions the message lists, as the class's timetable has them now. */
    private List<SessionLine> sessions(Message message, Lookups lookups) {
        MessageKind.Sessions listed = message.kind().sessions();
        if (listed == MessageKind.Sessions.NONE) {
            return List.of();
        }
        Optional<ClassTimetable> timetable = lookups.once("timetable:" + message.classId(),
                () -> timetables.find(message.classId()));
        if (timetable.isEmpty() || (listed == MessageKind.Sessions.IF_PUBLISHED && !timetable.get().isPublished())) {
            return List.of();
        }
        List<Session> sessions = listed == MessageKind.Sessions.OF_THE_DAY
                ? day(message).map(timetable.get()::sessionsOn).orElse(List.of())
                : timetable.get().activeSessions();
        return sessions.stream().map(s -> new SessionLine(s.kind(), s.title(), s.start(), s.end(), s.venueName())).toList();
    }

    private static Optional<LocalDate> day(Message message) {
        try {
            return Optional.ofNullable(message.details().get("day")).map(LocalDate::parse);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** How a message's recipient is addressed and reached. */
    private record Recipient(Addressee addressee, Language language, String email, String phone, boolean emailOptOut,
                             boolean smsOptOut) {

        String address(Channel channel) {
            return channel == Channel.EMAIL ? email : phone;
        }

        boolean optedOutOf(Channel channel) {
            return channel == Channel.EMAIL ? emailOptOut : smsOptOut;
        }
    }
}
