package org.trainingplatform.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.trainingplatform.assessment.roster.ClassRecords;
import org.trainingplatform.events.enrolment.AgencyProfileChanged;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.scheduling.AttendanceRecorded;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.support.inbox.InboundEvents;

import java.util.List;
import java.util.function.Consumer;

/** The event streams assessment listens to: rosters and agencies' names from enrolment, sessions and attendance from scheduling. */
@Configuration
class AssessmentFunctions {

    @Bean
    Consumer<Message<List<byte[]>>> enrolmentEvents(InboundEvents inbound, ClassRecords classes) {
        return inbound.consumer("assessment-enrolment")
                .on(AgencyProfileChanged.class, classes::agencyProfileChanged)
                .on(ClassOpened.class, classes::opened)
                .on(TraineeRegistered.class, classes::registered)
                .onEvent(TraineeEnrolled.class, classes::enrolled)
                .onEvent(TraineePromotedFromWaitlist.class, classes::promoted)
                .on(EnrolmentWithdrawn.class, classes::withdrawn)
                .build();
    }

    @Bean
    Consumer<Message<List<byte[]>>> schedulingEvents(InboundEvents inbound, ClassRecords classes) {
        return inbound.consumer("assessment-scheduling")
                .on(SessionScheduled.class, classes::sessionScheduled)
                .on(SessionCancelled.class, classes::sessionCancelled)
                .on(AttendanceRecorded.class, classes::attendanceRecorded)
                .build();
    }
}
