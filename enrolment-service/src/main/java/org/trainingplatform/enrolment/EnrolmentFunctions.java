package org.trainingplatform.enrolment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.trainingplatform.enrolment.outcome.TrainingOutcomes;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.support.inbox.InboundEvents;

import java.util.List;
import java.util.function.Consumer;

/** The event streams enrolment listens to: assessment's outcomes, for trainees' transcripts. */
@Configuration
class EnrolmentFunctions {

    @Bean
    Consumer<Message<List<byte[]>>> assessmentEvents(InboundEvents inbound, TrainingOutcomes outcomes) {
        return inbound.consumer("enrolment-assessment")
                .on(CourseCompleted.class, outcomes::completed)
                .on(CourseNotCompleted.class, outcomes::notCompleted)
                .on(MeritAwarded.class, outcomes::meritAwarded)
                .on(CertificateRevoked.class, outcomes::certificateRevoked)
                .build();
    }
}
