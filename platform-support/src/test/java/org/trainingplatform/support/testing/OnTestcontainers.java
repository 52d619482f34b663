package org.trainingplatform.support.testing;

import org.springframework.test.context.TestPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link PlatformIntegrationTest} against Kafka and MongoDB containers instead of the embedded
 * ones; skipped where no Docker engine runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = TestInfrastructure.MODE_PROPERTY + "=containers")
public @interface OnTestcontainers {
}
