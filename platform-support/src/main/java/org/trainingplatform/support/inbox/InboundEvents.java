package org.trainingplatform.support.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.trainingplatform.events.EventCatalogue;
import org.trainingplatform.events.EventDescriptor;
import org.trainingplatform.support.events.EventJson;
import org.trainingplatform.support.events.TraceContext;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.trainingplatform.support.events.CloudEventHeaders.*;

/**
 * Builds the functions that consume a topic: each record is checked (CloudEvents attributes, known
 * type, payload valid against its schema), skipped if this consumer has handled its event id before,
 * and otherwise handed to the handler registered for its type. Types the consumer has no handler
 * for are acknowledged and left alone.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final ProcessedEvents processed;
    private final EventSchemas schemas = new EventSchemas();

    InboundEvents(ProcessedEvents processed) {
        this.processed = processed;
    }

    /** Starts the handlers of one consumer; the name keys its record of handled events. */
    public Handlers consumer(String name) {
        return new Handlers(name);
    }

    public final class Handlers {

        private final String consumer;
        private final Map<Class<?>, BiConsumer<Object, EventMetadata>> handlers = new HashMap<>();

        private Handlers(String consumer) {
            this.consumer = consumer;
        }

        public <T extends Record> Handlers on(Class<T> type, Consumer<T> handler) {
            return onEvent(type, (event, metadata) -> handler.accept(event));
        }

        public <T extends Record> Handlers onEvent(Class<T> type, BiConsumer<T, EventMetadata> handler) {
            EventCatalogue.of(type);
            handlers.put(type, (event, metadata) -> handler.accept(type.cast(event), metadata));
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            Map<Class<?>, BiConsumer<Object, EventMetadata>> registered = Map.copyOf(handlers);
            return message -> handle(consumer, registered, message);
        }
    }

    private void handle(String consumer, Map<Class<?>, BiConsumer<Object, EventMetadata>> handlers,
                        Message<byte[]> message) {
        EventMetadata metadata = metadataOf(message.getHeaders());
        EventDescriptor descriptor = EventCatalogue.ofType(metadata.type())
                .orElseThrow(() -> new MalformedEventException("Unknown event type " + metadata.type()));
        BiConsumer<Object, EventMetadata> handler = handlers.get(descriptor.recordType());
        if (handler == null) {
            return;
        }
        if (processed.contains(consumer, metadata.id())) {
            log.debug("{} already handled event {} ({})", consumer, metadata.id(), metadata.type());
            return;
        }
        Object event = parse(descriptor, message.getPayload());
        TraceContext.continueOrStart(metadata.traceparent());
        try {
            handler.accept(event, metadata);
            processed.record(consumer, metadata);
        } finally {
            TraceContext.clear();
        }
    }

    private Object parse(EventDescriptor descriptor, byte[] payload) {
        String json = new String(payload, UTF_8);
        String violations;
        try {
            violations = schemas.violations(descriptor, json);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Payload of " + descriptor.type() + " is not JSON: " + e.getMessage(), e);
        }
        if (!violations.isEmpty()) {
            throw new MalformedEventException("Payload of " + descriptor.type() + " breaks its schema: " + violations);
        }
        return EventJson.read(payload, descriptor.recordType());
    }

    private static EventMetadata metadataOf(MessageHeaders headers) {
        String time = optional(headers, TIME);
        try {
            return new EventMetadata(required(headers, ID), required(headers, TYPE), required(headers, SOURCE),
                    optional(headers, SUBJECT), optional(headers, AGENCY_ID), time == null ? null : Instant.parse(time),
                    optional(headers, TRACEPARENT), headers.get(KafkaHeaders.OFFSET) instanceof Long offset ? offset : -1);
        } catch (DateTimeException e) {
            throw new MalformedEventException("Header " + TIME + " is not an RFC 3339 time: " + time, e);
        }
    }

    private static String required(MessageHeaders headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Missing CloudEvents header " + name);
        }
        return value;
    }

    /** Spring Cloud Function hands Kafka's {@code ce_x} headers over in their canonical form {@code ce-x}. */
    private static String optional(MessageHeaders headers, String name) {
        Object value = headers.containsKey(name) ? headers.get(name) : headers.get(name.replace("ce_", "ce-"));
        if (value instanceof byte[] bytes) {
            return new String(bytes, UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
