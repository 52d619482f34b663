package org.trainingplatform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a published integration event and says how it travels as a CloudEvent.
 * <p>
 * Every event record has an {@code agencyId} component: the agency that owns the record the event
 * is about, carried as the {@code agencyid} CloudEvents extension.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IntegrationEvent {

    /** The producing service, which also names the topic. */
    EventStream stream();

    /** The event's name in kebab case, e.g. {@code trainee-enrolled}; never derived from the class name. */
    String name();

    /** The major version; a breaking change is a new record published beside the old one. */
    int version() default 1;

    /** The record component whose value is the Kafka key (events with the same key keep their order). */
    String key();

    /** The record component whose value is the CloudEvents subject. */
    String subject();
}
