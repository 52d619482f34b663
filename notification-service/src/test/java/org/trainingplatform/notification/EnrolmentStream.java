package org.trainingplatform.notification;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.trainingplatform.events.EventCatalogue;
import org.trainingplatform.events.EventDescriptor;
import org.trainingplatform.support.events.EventJson;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Publishes enrolment events with a plain Kafka producer, as enrolment-service's relay does: the
 * record's JSON as payload, the CloudEvents attributes as {@code ce_} headers, keyed by class or trainee.
 */
final class EnrolmentStream implements AutoCloseable {

    static final String TOPIC = "enrolment-events";

    private final KafkaProducer<String, byte[]> producer;

    EnrolmentStream(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the event as a new CloudEvent; returns its id. */
    String publish(Record event) {
        return publish(UUID.randomUUID().toString(), event, Instant.now());
    }

    /** Publishes the event with the given id and time (the same id again is a redelivery). */
    String publish(String eventId, Record event, Instant time) {
        EventDescriptor descriptor = EventCatalogue.of(event.getClass());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_source", descriptor.source());
        headers.put("ce_type", descriptor.type());
        headers.put("ce_subject", descriptor.subjectOf(event));
        headers.put("ce_time", time.toString());
        headers.put("ce_specversion", "1.0");
        headers.put("ce_dataschema", descriptor.dataschema());
        headers.put("ce_agencyid", descriptor.agencyOf(event));
        headers.put("traceparent", "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01");
        headers.put("content-type", "application/json");
        publishRaw(descriptor.keyOf(event), headers, EventJson.write(event));
        return eventId;
    }

    /** Publishes a record exactly as given, however malformed. */
    void publishRaw(String key, Map<String, String> headers, String payload) {
        publishRaw(TOPIC, key, headers, payload);
    }

    /** Publishes a record to another service's topic exactly as given, however malformed. */
    void publishRaw(String topic, String key, Map<String, String> headers, String payload) {
        var record = new ProducerRecord<>(topic, key, payload.getBytes(UTF_8));
        headers.forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(UTF_8))));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
