package org.trainingplatform.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;
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
import org.trainingplatform.events.scheduling.AttendanceAtRisk;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.support.inbox.InboundEvents;

import java.util.List;
import java.util.function.Consumer;

/** The streams this service consumes; their bindings are in application.yml, their group and dead-letter topics in the platform defaults. */
@Configuration(proxyBeanMethods = false)
class NotificationFunctions {

    @Bean
    Consumer<Message<List<byte[]>>> enrolmentEvents(InboundEvents inbound, EnrolmentNotices notices) {
        return inbound.consumer("notification-service")
                .onEvent(TraineeRegistered.class, notices::registered)
                .onEvent(TraineeContactChanged.class, notices::contactChanged)
                .onEvent(ClassOpened.class, notices::classOpened)
                .onEvent(ClassRescheduled.class, notices::classRescheduled)
                .onEvent(ClassStatusChanged.class, notices::classStatusChanged)
                .onEvent(TraineeNominated.class, notices::nominated)
                .onEvent(TraineeEnrolled.class, notices::enrolled)
                .onEvent(TraineeWaitlisted.class, notices::waitlisted)
                .onEvent(TraineePromotedFromWaitlist.class, notices::promoted)
                .onEvent(NominationRejected.class, notices::rejected)
                .onEvent(EnrolmentWithdrawn.class, notices::withdrawn)
                .build();
    }

    @Bean
    Consumer<Message<List<byte[]>>> schedulingEvents(InboundEvents inbound, SchedulingNotices notices) {
        return inbound.consumer("notification-service")
                .onEvent(SessionScheduled.class, notices::sessionScheduled)
                .onEvent(SessionRescheduled.class, notices::sessionRescheduled)
                .onEvent(SessionCancelled.class, notices::sessionCancelled)
                .onEvent(AttendanceAtRisk.class, notices::attendanceAtRisk)
                .onEvent(LecturerRegistered.class, notices::lecturerRegistered)
                .onEvent(LecturerUpdated.class, notices::lecturerUpdated)
                .build();
    }

    @Bean
    Consumer<Message<List<byte[]>>> assessmentEvents(InboundEvents inbound, AssessmentNotices notices) {
        return inbound.consumer("notification-service")
                .onEvent(CourseCompleted.class, notices::completed)
                .onEvent(CourseNotCompleted.class, notices::notCompleted)
                .onEvent(MeritAwarded.class, notices::meritAwarded)
                .onEvent(CertificateRevoked.class, notices::certificateRevoked)
                .build();
    }
}
