package org.trainingplatform.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.scheduling.roster.ClassRosters;
import org.trainingplatform.support.inbox.InboundEvents;

import java.util.List;
import java.util.function.Consumer;

/** The event streams scheduling listens to. */
@Configuration
class SchedulingFunctions {

    @Bean
    Consumer<Message<List<byte[]>>> enrolmentEvents(InboundEvents inbound, ClassRosters rosters) {
        return inbound.consumer("scheduling-enrolment")
                .on(ClassOpened.class, rosters::opened)
                .on(ClassRescheduled.class, rosters::rescheduled)
                .on(ClassStatusChanged.class, rosters::statusChanged)
                .onEvent(TraineeEnrolled.class, rosters::enrolled)
                .onEvent(TraineePromotedFromWaitlist.class, rosters::promoted)
                .on(EnrolmentWithdrawn.class, rosters::withdrawn)
                .build();
    }
}
