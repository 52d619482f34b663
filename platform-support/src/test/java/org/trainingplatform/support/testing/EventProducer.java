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
        EventDescriptor descriptor = EventCatalogue.of(event.getClass());
        var record = new ProducerRecord<>(descriptor.topic(), descriptor.keyOf(event), EventJson.write(event).getBytes(UTF_8));
        header(record, "ce_id", eventId);
        header(record, "ce_source", descriptor.source());
        header(record, "ce_type", descriptor.type());
        header(record, "ce_subject", descriptor.subjectOf(event));
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_dataschema", descriptor.dataschema());
        header(record, "ce_agencyid", descriptor.agencyOf(event));
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return eventId;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(UTF_8)));
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
