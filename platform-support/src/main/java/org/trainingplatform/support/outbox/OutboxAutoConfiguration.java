package org.trainingplatform.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.trainingplatform.support.ConditionalOnPlatformService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.springframework.kafka.core.KafkaTemplate;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.util.Set;
import java.util.stream.Collectors;

/** The outbox relay of a service, over every collection whose documents are {@link OutboxAggregate}s. */
@ConditionalOnPlatformService
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafkaProperties, OutboxProperties properties,
                            AggregateUpdates updates, KeptAggregates kept, MeterRegistry meters) {
        var producers = new DefaultKafkaProducerFactory<>(kafkaProperties.buildProducerProperties(),
                new StringSerializer(), new ByteArraySerializer());
        producers.setPhysicalCloseTimeout(5);
        Set<String> collections = mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .collect(Collectors.toSet());
        return new OutboxRelay(mongo, new KafkaTemplate<>(producers), properties, updates, kept, collections, meters);
    }

    @Bean
    AggregateUpdates aggregateUpdates() {
        return new AggregateUpdates();
    }

    /** A few aggregates per process: a class with a full roster is a few hundred KB on the heap. */
    @Bean
    KeptAggregates keptAggregates(MongoTemplate mongo) {
        return new KeptAggregates(mongo, 16);
    }

    @Bean
    OutboxTrigger outboxTrigger(OutboxRelay relay) {
        return new OutboxTrigger(relay);
    }

    /** The topic this service publishes to, created with the platform's partition count if it is missing. */
    @Bean
    @ConditionalOnProperty("platform.events.topic")
    NewTopic eventsTopic(Environment environment) {
        return TopicBuilder.name(environment.getRequiredProperty("platform.events.topic"))
                .partitions(environment.getRequiredProperty("platform.events.partitions", Integer.class))
                .replicas(environment.getRequiredProperty("platform.events.replication-factor", Integer.class))
                .build();
    }
}
