package org.trainingplatform.support.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/**
 * Points a test's application context at the test broker and database. Each context gets a database
 * of its own, so that contexts do not see each other's records.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean containers = "containers".equals(context.getEnvironment().getProperty(TestInfrastructure.MODE_PROPERTY));
        String application = context.getEnvironment().getProperty("spring.application.name", "test");
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(containers),
                "spring.mongodb.uri=" + TestInfrastructure.mongoUri(containers),
                "spring.mongodb.database=" + application + "-" + UUID.randomUUID().toString().substring(0, 8)
        ).applyTo(context);
    }
}
