package org.trainingplatform.support.testing;

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
 * Publishes events the way their producing service does (CloudEvents headers, key, topic), with a
 * plain Kafka producer: for testing a consumer without running its producer.
 */
public final class EventProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventProducer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the event with a new id; returns the id. */
    public String publish(Record event) {
        return publish(event, UUID.randomUUID().toString());
    }

    /** Publishes the event with the given id (the same id twice is a redelivery). */
    public String publish(Record event, String eventId) {
        return publish(event, eventId, Instant.now());
    }

    /** Publishes the event with the given id and time: the same id and time again is an exact redelivery. */
    public String publish(Record event, String eventId, Instant time) {
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
        headers.put("content-type", "application/json");
        send(descriptor.topic(), descriptor.keyOf(event), headers, EventJson.write(event));
        return eventId;
    }

    /**
     * Publishes a payload exactly as given, however malformed, with only the CloudEvents headers a consumer
     * needs to route it: id (left out when null), type, source, spec version and time.
     */
    public void publishRaw(String topic, String key, String eventId, String type, String payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", "test");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", Instant.now().toString());
        send(topic, key, headers, payload);
    }

    /** Headers without a value are left out. */
    private void send(String topic, String key, Map<String, String> headers, String payload) {
        var record = new ProducerRecord<>(topic, key, payload.getBytes(UTF_8));
        headers.forEach((name, value) -> {
            if (value != null) {
                record.headers().add(new RecordHeader(name, value.getBytes(UTF_8)));
            }
        });
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
