package org.trainingplatform.notification;

import org.springframework.stereotype.Service;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.NominationRejected;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeNominated;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.enrolment.TraineeWaitlisted;
import org.trainingplatform.notification.klass.Classes;
import org.trainingplatform.notification.message.Notifications;
import org.trainingplatform.notification.trainee.TraineeContacts;
import org.trainingplatform.support.inbox.EventMetadata;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.trainingplatform.notification.message.MessageKind.*;

/**
 * What the enrolment stream means here: trainees' contacts and classes with their rosters are kept,
 * and each event that concerns trainees makes its messages. Every handler is idempotent on its own.
 */
@Service
class EnrolmentNotices {

    private final TraineeContacts contacts;
    private final Classes classes;
    private final Notifications notifications;
    private final Clock clock;

    EnrolmentNotices(TraineeContacts contacts, Classes classes, Notifications notifications, Clock clock) {
        this.contacts = contacts;
        this.classes = classes;
        this.notifications = notifications;
        this.clock = clock;
    }

    void registered(TraineeRegistered event, EventMetadata cause) {
        contacts.registered(event, timeOf(cause));
        notifications.contactKnown(event.traineeId());
    }

    void contactChanged(TraineeContactChanged event, EventMetadata cause) {
        contacts.contactChanged(event, timeOf(cause));
        notifications.contactKnown(event.traineeId());
    }

    void classOpened(ClassOpened event, EventMetadata cause) {
        classes.opened(event, timeOf(cause));
        notifications.classKnown(event.classId());
    }

    void classRescheduled(ClassRescheduled event, EventMetadata cause) {
        if (classes.rescheduled(event, timeOf(cause))) {
            notifications.toParticipants(cause.id(), CLASS_RESCHEDULED, event.classId(), event.agencyId(), Map.of());
        }
    }

    void classStatusChanged(ClassStatusChanged event, EventMetadata cause) {
        if (classes.statusChanged(event, timeOf(cause)) && "CANCELLED".equals(event.status())) {
            notifications.toParticipants(cause.id(), CLASS_CANCELLED, event.classId(), event.agencyId(),
                    reason(event.reason()));
        }
    }

    void nominated(TraineeNominated event, EventMetadata cause) {
        classes.participant(event.classId(), event.traineeId(), event.nominatingAgencyId(), "PENDING_APPROVAL", timeOf(cause));
    }

    void enrolled(TraineeEnrolled event, EventMetadata cause) {
        classes.participant(event.classId(), event.traineeId(), event.nominatingAgencyId(), "ENROLLED", timeOf(cause));
        notifications.toTrainee(cause.id(), ENROLMENT_CONFIRMED, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), Map.of());
    }

    void waitlisted(TraineeWaitlisted event, EventMetadata cause) {
        classes.participant(event.classId(), event.traineeId(), event.nominatingAgencyId(), "WAITLISTED", timeOf(cause));
        notifications.toTrainee(cause.id(), WAITLISTED, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), Map.of("waitlistPosition", String.valueOf(event.position())));
    }

    void promoted(TraineePromotedFromWaitlist event, EventMetadata cause) {
        classes.participant(event.classId(), event.traineeId(), event.nominatingAgencyId(), "ENROLLED", timeOf(cause));
        notifications.toTrainee(cause.id(), PROMOTED_FROM_WAITLIST, event.classId(), event.agencyId(),
                event.traineeId(), event.nominatingAgencyId(), Map.of());
    }

    void rejected(NominationRejected event, EventMetadata cause) {
        classes.participant(event.classId(), event.traineeId(), event.nominatingAgencyId(), "REJECTED", timeOf(cause));
        notifications.toTrainee(cause.id(), NOMINATION_REJECTED, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), reason(event.reason()));
    }

    void withdrawn(EnrolmentWithdrawn event, EventMetadata cause) {
        classes.participant(event.classId(), event.traineeId(), event.nominatingAgencyId(), "WITHDRAWN", timeOf(cause));
        notifications.toTrainee(cause.id(), ENROLMENT_WITHDRAWN, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), reason(event.reason()));
    }

    private Instant timeOf(EventMetadata cause) {
        return cause.time() != null ? cause.time() : clock.instant();
    }

    private static Map<String, String> reason(String reason) {
        Map<String, String> details = new HashMap<>();
        if (reason != null && !reason.isBlank()) {
            details.put("reason", reason);
        }
        return details;
    }
}
