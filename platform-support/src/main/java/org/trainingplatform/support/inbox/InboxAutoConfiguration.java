package org.trainingplatform.support.inbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.trainingplatform.support.ConditionalOnPlatformService;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Idempotent, schema-checked consumption of the platform's event streams. */
@ConditionalOnPlatformService
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    InboundEvents inboundEvents(MongoTemplate mongo, InboxProperties properties) {
        return new InboundEvents(new ProcessedEvents(mongo, properties.handledEventsKeptFor()));
    }
}
