package org.trainingplatform.notification.message;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.trainingplatform.notification.klass.Classes;
import org.trainingplatform.notification.trainee.TraineeContacts;
import org.trainingplatform.support.web.NotFoundException;

import java.util.List;

/**
 * What agencies read of the messages: each sees its trainees' messages, and those it sends (including
 * those to lecturers about its classes' sessions).
 */
@Service
class Messages {

    private final MessageRepository repository;
    private final TraineeContacts contacts;
    private final Classes classes;

    Messages(MessageRepository repository, TraineeContacts contacts, Classes classes) {
        this.repository = repository;
        this.contacts = contacts;
        this.classes = classes;
    }

    /** The messages to one of the agency's trainees, newest first. */
    List<Message> ofTrainee(String agencyId, String traineeId, int limit) {
        List<Message> messages = repository.findByTraineeIdOrderByCreatedAtDesc(traineeId, Limit.of(limit)).stream()
                .filter(m -> agencyId.equals(m.traineeAgencyId())).toList();
        if (messages.isEmpty()) {
            contacts.get(agencyId, traineeId);
        }
        return messages;
    }

    /** The delivery log of a class the agency organises, newest first. */
    List<Message> ofClass(String agencyId, String classId, int limit) {
        classes.getOrganisedBy(agencyId, classId);
        return repository.findByClassIdAndSenderAgencyIdOrderByCreatedAtDesc(classId, agencyId, Limit.of(limit));
    }

    /** The agency's messages not yet settled: waiting, queued, deferred, being sent or unconfirmed; in queue order. */
    List<Message> pending(String agencyId, int limit) {
        return repository.findBySenderAgencyIdAndStatusInOrderBySequenceAscCreatedAtAsc(agencyId, MessageStatus.OUTSTANDING,
                Limit.of(limit));
    }

    Message get(String agencyId, String messageId) {
        return repository.findById(messageId)
                .filter(m -> m.senderAgencyId().equals(agencyId) || agencyId.equals(m.traineeAgencyId()))
                .orElseThrow(() -> new NotFoundException("Message", messageId));
    }
}
