package org.trainingplatform.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Reads {@code enrolment-events} as an outsider, from when it starts: for each event of a trainee in
 * a class, when the state change happened ({@code ce_time}) and when the event reached the topic's
 * reader, and how many times each arrived. The relay is measured from the write that stored the event
 * ({@code ce_storedtime}) to the reader; an event read back from its document, which has no such time,
 * from its state change.
 */
final class EventWatch implements AutoCloseable {

    /** One event type's sightings of one (class, trainee). */
    record Sighting(Instant changedAt, Instant seenAt, AtomicInteger times) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Sighting> sightings = new ConcurrentHashMap<>();
    private final Latencies relay = new Latencies();
    private final Latencies recordedToSeen = new Latencies();
    private final Thread reader;
    private volatile boolean measuring;
    private volatile boolean running = true;

    EventWatch(String bootstrap) {
        consumer = new KafkaConsumer<>(RawLimits.consumerProperties(bootstrap), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("enrolment-events"));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(200));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        reader = new Thread(this::read, "event-watch");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                Instant seen = Instant.now();
                String type = header(record, "ce_type");
                if (type == null || !type.startsWith("org.trainingplatform.enrolment.trainee-")) {
                    continue;
                }
                JsonNode event = Api.JSON.readTree(record.value());
                Instant changed = Instant.parse(header(record, "ce_time"));
                String key = key(type, event.path("classId").asString(), event.path("traineeId").asString());
                sightings.computeIfAbsent(key, k -> new Sighting(changed, seen, new AtomicInteger())).times().incrementAndGet();
                if (measuring) {
                    relay.record(Duration.between(relayStart(record, changed), seen));
                    recordedToSeen.record(Duration.between(changed, seen));
                }
            }
        }
        consumer.close();
    }

    /**
     * Where the relay's part began for this record: when the write that stored its event returned, or, for an
     * event read back from its document, which carries no such time, its state change.
     */
    static Instant relayStart(ConsumerRecord<?, ?> record, Instant changed) {
        String stored = header(record, "ce_storedtime");
        return stored == null ? changed : Instant.parse(stored);
    }

    void measureRelay(boolean on) {
        measuring = on;
    }

    /** From the write that stored each event to the reader. */
    Latencies relay() {
        return relay;
    }

    /** From each event's state change, before the write that stored it, to the reader. */
    Latencies recordedToSeen() {
        return recordedToSeen;
    }

    Sighting sighting(String typeName, String classId, String traineeId) {
        return sightings.get(key("org.trainingplatform.enrolment." + typeName + ".v1", classId, traineeId));
    }

    private static String key(String type, String classId, String traineeId) {
        return type + "|" + classId + "|" + traineeId;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(5_000);
    }
}
