package org.trainingplatform.support.inbox;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.trainingplatform.support.ConditionalOnPlatformService;

/** Idempotent, schema-checked consumption of the platform's event streams, and dead letters for what cannot be handled. */
@ConditionalOnPlatformService
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    InboundEvents inboundEvents(MongoTemplate mongo, InboxProperties properties) {
        return new InboundEvents(new ProcessedEvents(mongo, properties.handledEventsKeptFor()));
    }

    /** Every consumer's error handler, named in the platform's defaults ({@code common-error-handler-bean-name}). */
    @Bean
    DefaultErrorHandler deadLetters(KafkaProperties kafkaProperties, KafkaAdmin admin, Environment environment,
                                    InboxProperties properties) {
        var producers = new DefaultKafkaProducerFactory<>(kafkaProperties.buildProducerProperties(),
                new ByteArraySerializer(), new ByteArraySerializer());
        producers.setPhysicalCloseTimeout(5);
        return DeadLetters.errorHandler(new KafkaTemplate<>(producers), admin,
                environment.getRequiredProperty("spring.cloud.stream.default.group"),
                environment.getRequiredProperty("platform.events.partitions", Integer.class),
                environment.getRequiredProperty("platform.events.replication-factor", Integer.class),
                properties.retry());
    }
}
