package org.trainingplatform.support.sample;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.inbox.InboundEvents;

import java.util.List;
import java.util.function.Consumer;

@Configuration
class SampleFunctions {

    @Bean
    Consumer<Message<List<byte[]>>> enrolmentEvents(InboundEvents inbound, Registrations registrations) {
        return inbound.consumer("sample-enrolment").on(TraineeRegistered.class, registrations::record).build();
    }
}
