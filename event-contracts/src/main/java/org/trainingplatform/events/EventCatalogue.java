package org.trainingplatform.events;

import org.trainingplatform.events.assessment.CertificateIssued;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.ClassResultsPublished;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.GradeRecorded;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.events.enrolment.AgencyProfileChanged;
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
import org.trainingplatform.events.notification.LecturerMessageFailed;
import org.trainingplatform.events.notification.LecturerMessageSent;
import org.trainingplatform.events.notification.MessageFailed;
import org.trainingplatform.events.notification.MessageSent;
import org.trainingplatform.events.scheduling.AttendanceAtRisk;
import org.trainingplatform.events.scheduling.AttendanceRecorded;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every published event type. A type that is not listed here cannot be published or consumed. */
public final class EventCatalogue {

    private static final List<EventDescriptor> ALL = List.of(
            AgencyProfileChanged.class, TraineeRegistered.class, TraineeContactChanged.class,
            ClassOpened.class, ClassStatusChanged.class, ClassRescheduled.class,
            TraineeNominated.class, TraineeEnrolled.class, TraineeWaitlisted.class,
            TraineePromotedFromWaitlist.class, NominationRejected.class, EnrolmentWithdrawn.class,
            SessionScheduled.class, SessionRescheduled.class, SessionCancelled.class,
            AttendanceRecorded.class, AttendanceAtRisk.class, LecturerRegistered.class, LecturerUpdated.class,
            GradeRecorded.class, CourseCompleted.class, CourseNotCompleted.class, ClassResultsPublished.class,
            CertificateIssued.class, CertificateRevoked.class, MeritAwarded.class,
            MessageSent.class, MessageFailed.class, LecturerMessageSent.class, LecturerMessageFailed.class
    ).stream().map(EventDescriptor::of).toList();

    private static final Map<Class<?>, EventDescriptor> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventDescriptor::recordType, Function.identity()));
    private static final Map<String, EventDescriptor> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventDescriptor::type, Function.identity()));

    private EventCatalogue() {
    }

    public static List<EventDescriptor> all() {
        return ALL;
    }

    public static EventDescriptor of(Class<?> recordType) {
        EventDescriptor descriptor = BY_CLASS.get(recordType);
        if (descriptor == null) {
            throw new IllegalArgumentException(recordType.getName() + " is not in the event catalogue");
        }
        return descriptor;
    }

    /** The descriptor of a CloudEvents type, if the platform knows it. */
    public static Optional<EventDescriptor> ofType(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }
}
