package org.trainingplatform.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The platform support configures services: applications that exchange events through the Kafka
 * binder. Other applications that put this module on their classpath for its plain classes (the
 * local platform launcher, for the embedded infrastructure) are left alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnClass(name = ConditionalOnPlatformService.MARKER_CLASS)
public @interface ConditionalOnPlatformService {

    String MARKER_CLASS = "org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder";
}
