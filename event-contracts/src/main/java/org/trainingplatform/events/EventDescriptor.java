package org.trainingplatform.events;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * How one event record travels as a CloudEvent: its type, topic, schema and which of its
 * components give the Kafka key, the subject and the owning agency.
 */
public record EventDescriptor(Class<? extends Record> recordType, EventStream stream, String name, int version,
                              String keyComponent, String subjectComponent) {

    public static final String AGENCY_COMPONENT = "agencyId";
    private static final String TYPE_PREFIX = "org.trainingplatform.";
    private static final String SCHEMA_BASE = "https://schemas.trainingplatform.org/";

    static EventDescriptor of(Class<? extends Record> recordType) {
        IntegrationEvent event = recordType.getAnnotation(IntegrationEvent.class);
        if (event == null) {
            throw new IllegalArgumentException(recordType.getName() + " is not annotated with @IntegrationEvent");
        }
        return new EventDescriptor(recordType, event.stream(), event.name(), event.version(), event.key(), event.subject());
    }

    /** The CloudEvents type, e.g. {@code org.trainingplatform.enrolment.trainee-enrolled.v1}. */
    public String type() {
        return TYPE_PREFIX + stream.service() + "." + name + ".v" + version;
    }

    public String topic() {
        return stream.topic();
    }

    public String source() {
        return stream.source();
    }

    /** The classpath resource of this type's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + stream.service() + "/" + name + ".v" + version + ".schema.json";
    }

    /** The CloudEvents {@code dataschema}: the {@code $id} of the JSON Schema. */
    public String dataschema() {
        return SCHEMA_BASE + stream.service() + "/" + name + ".v" + version + ".schema.json";
    }

    public String keyOf(Record event) {
        return component(event, keyComponent);
    }

    public String subjectOf(Record event) {
        return component(event, subjectComponent);
    }

    public String agencyOf(Record event) {
        return component(event, AGENCY_COMPONENT);
    }

    private String component(Record event, String componentName) {
        RecordComponent component = Arrays.stream(recordType.getRecordComponents())
                .filter(c -> c.getName().equals(componentName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(recordType.getSimpleName() + " has no component " + componentName));
        try {
            Object value = component.getAccessor().invoke(event);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + componentName + " of " + recordType.getSimpleName(), e);
        }
    }
}
