package org.trainingplatform.support.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.trainingplatform.events.EventCatalogue;
import org.trainingplatform.events.EventDescriptor;
import org.trainingplatform.support.events.EventJson;
import org.trainingplatform.support.events.TraceContext;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.trainingplatform.support.events.CloudEventHeaders.*;

/**
 * Builds the functions that consume a topic. A consumer is handed the records of a poll together; each
 * is checked (CloudEvents attributes, known type, payload valid against its schema), skipped if this
 * consumer has handled its event id before, and otherwise handed to the handler registered for its
 * type, in the order of the poll. Types the consumer has no handler for are acknowledged and left
 * alone. Which of a poll's events were handled before is asked in one query, and those handled now are
 * recorded in one write after them: two store commands a poll rather than two an event (a poll holds a
 * nomination's events together, and more once consumers fall behind; docs/benchmarks.md, round 18).
 * <p>
 * A record that fails is named by its place in the poll ({@link BatchListenerFailedException}): the
 * records before it are done and committed, it is tried again or sent to the dead-letter topic
 * ({@link DeadLetters}), and those after it come again in the next poll.
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

        /** The function for a binding in batch mode: a poll's payloads, with each record's headers in a list. */
        public Consumer<Message<List<byte[]>>> build() {
            Map<Class<?>, BiConsumer<Object, EventMetadata>> registered = Map.copyOf(handlers);
            return poll -> handle(consumer, registered, poll);
        }
    }

    /** A record of the poll that this consumer has a handler for. */
    private record ToHandle(int index, EventMetadata metadata, EventDescriptor descriptor, BiConsumer<Object, EventMetadata> handler) {
    }

    @SuppressWarnings("unchecked")
    private void handle(String consumer, Map<Class<?>, BiConsumer<Object, EventMetadata>> handlers, Message<List<byte[]>> poll) {
        List<byte[]> payloads = poll.getPayload();
        List<Map<String, Object>> headers = (List<Map<String, Object>>) poll.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<Long> offsets = (List<Long>) poll.getHeaders().get(KafkaHeaders.OFFSET);
        List<ToHandle> toHandle = new ArrayList<>();
        for (int index = 0; index < payloads.size(); index++) {
            try {
                EventMetadata metadata = metadataOf(headers.get(index), offsets.get(index));
                EventDescriptor descriptor = EventCatalogue.ofType(metadata.type())
                        .orElseThrow(() -> new MalformedEventException("Unknown event type " + metadata.type()));
                BiConsumer<Object, EventMetadata> handler = handlers.get(descriptor.recordType());
                if (handler != null) {
                    toHandle.add(new ToHandle(index, metadata, descriptor, handler));
                }
            } catch (RuntimeException e) {
                handleInOrder(consumer, toHandle, payloads);
                throw failed(e, index);
            }
        }
        handleInOrder(consumer, toHandle, payloads);
    }

    /**
     * Hands each record not handled before to its handler and records them as handled; a failure names the first
     * record not known to be done, so that it and those after it come again (a handler has no second effect).
     */
    private void handleInOrder(String consumer, List<ToHandle> records, List<byte[]> payloads) {
        if (records.isEmpty()) {
            return;
        }
        Set<String> done;
        try {
            done = processed.handledAmong(consumer, records.stream().map(record -> record.metadata().id()).toList());
        } catch (RuntimeException e) {
            throw failed(e, records.get(0).index());
        }
        List<EventMetadata> handledNow = new ArrayList<>();
        BatchListenerFailedException failure = null;
        for (ToHandle record : records) {
            if (!done.add(record.metadata().id())) {
                log.debug("{} already handled event {} ({})", consumer, record.metadata().id(), record.metadata().type());
                continue;
            }
            try {
                handleOne(record, payloads.get(record.index()));
                handledNow.add(record.metadata());
            } catch (RuntimeException e) {
                failure = failed(e, record.index());
                break;
            }
        }
        try {
            processed.record(consumer, handledNow);
        } catch (RuntimeException e) {
            throw failed(e, records.get(0).index());
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void handleOne(ToHandle record, byte[] payload) {
        Object event = parse(record.descriptor(), payload);
        TraceContext.continueOrStart(record.metadata().traceparent());
        try {
            record.handler().accept(event, record.metadata());
        } finally {
            TraceContext.clear();
        }
    }

    /** The record at this place in the poll failed; the failure's message is the reason its dead letter will carry. */
    private static BatchListenerFailedException failed(RuntimeException failure, int index) {
        return new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, index);
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

    private static EventMetadata metadataOf(Map<String, Object> headers, Long offset) {
        String time = optional(headers, TIME);
        try {
            return new EventMetadata(required(headers, ID), required(headers, TYPE), required(headers, SOURCE),
                    optional(headers, SUBJECT), optional(headers, AGENCY_ID), time == null ? null : Instant.parse(time),
                    optional(headers, TRACEPARENT), offset == null ? -1 : offset);
        } catch (DateTimeException e) {
            throw new MalformedEventException("Header " + TIME + " is not an RFC 3339 time: " + time, e);
        }
    }

    private static String required(Map<String, Object> headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Missing CloudEvents header " + name);
        }
        return value;
    }

    /** A record's headers as the binder maps them: text as bytes, or as a string where it knows the header. */
    private static String optional(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
