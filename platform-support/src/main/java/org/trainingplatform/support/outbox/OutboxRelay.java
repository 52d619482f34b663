package org.trainingplatform.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.trainingplatform.support.persistence.AggregateUpdates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.trainingplatform.support.events.CloudEventHeaders.*;

/**
 * Publishes the events waiting in aggregates' documents, in the order they were recorded, with an
 * idempotent producer ({@code acks=all}), and has each removed only after the broker acknowledged it
 * ({@link PublishedEventRemovals}).
 * <p>
 * A save hands the events it wrote to the relay at once ({@link #saved}), which publishes them without
 * reading the document back; a periodic sweep, and every retry, read what a crash or a broker outage
 * left behind ({@link #publishSoon}). While the broker is unreachable events stay in their
 * documents and the relay backs off: delayed, never dropped. Delivery is at least once (a crash
 * after the acknowledgement and before the removal publishes again); consumers deduplicate by event id.
 * Events it has published are not published again while they wait for their removal ({@link RecentlyRelayed}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(200);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final PublishedEventRemovals removals;
    private final Set<String> collections;
    private final Map<String, Map<Object, Due>> due = new ConcurrentHashMap<>();
    private final RecentlyRelayed recentlyRelayed = new RecentlyRelayed();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Timer latency;
    private final Counter published;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties,
                       AggregateUpdates updates, KeptAggregates kept, Set<String> collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.removals = new PublishedEventRemovals(mongo, updates, kept, properties.removalDelay());
        this.collections = Set.copyOf(collections);
        this.latency = Timer.builder("outbox.relay.latency")
                .description("From the state change to the broker's acknowledgement of its event")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.published = Counter.builder("outbox.relay.published").register(meters);
        meters.gauge("outbox.relay.due", due, d -> d.values().stream().mapToInt(Map::size).sum());
    }

    /** Asks for the pending events of one document, as it is stored, to be published now. */
    public void publishSoon(String collection, Object id) {
        markDue(collection, id, Due.READ);
    }

    /** The events of the document that the broker acknowledged and that are still in it: a save may leave them out. */
    Set<String> acknowledged(String collection, Object id) {
        return removals.waiting(collection, id);
    }

    /**
     * A save of this version wrote these events, all the document's pending ones: they are published now, as
     * written, and acknowledged events it left out need no removal.
     */
    void saved(String collection, Object id, Long version, List<OutboxMessage> events) {
        removals.keepOnly(collection, id, events);
        if (!events.isEmpty()) {
            Instant stored = Instant.now();
            Map<String, Instant> storedAt = new HashMap<>();
            events.forEach(event -> storedAt.put(event.eventId(), stored));
            markDue(collection, id, new Due(version, List.copyOf(events), storedAt));
        }
    }

    private void markDue(String collection, Object id, Due pending) {
        due.computeIfAbsent(collection, c -> new ConcurrentHashMap<>()).merge(id, pending, Due::either);
        wakeUp.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        Instant nextSweep = Instant.now();
        Duration grace = Duration.ZERO;
        while (running) {
            try {
                if (!Instant.now().isBefore(nextSweep)) {
                    sweep(grace);
                    grace = properties.sweepGrace();
                    nextSweep = Instant.now().plus(properties.sweepInterval());
                }
                Map<String, Map<Object, Due>> batch = drain();
                if (batch.isEmpty()) {
                    awaitWork(Duration.between(Instant.now(), nextSweep));
                    continue;
                }
                backoff = relay(batch) ? Duration.ZERO : nextBackoff(backoff);
                if (!backoff.isZero()) {
                    Thread.sleep(backoff.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying: {}", e.toString());
                backoff = nextBackoff(backoff);
                sleepQuietly(backoff);
            }
        }
    }

    /** Publishes the pending events of the given documents; false if anything must be tried again. */
    private boolean relay(Map<String, Map<Object, Due>> batch) {
        List<InFlight> inFlight = new ArrayList<>();
        for (Map.Entry<String, Map<Object, Due>> entry : batch.entrySet()) {
            String collection = entry.getKey();
            List<Object> toRead = new ArrayList<>();
            entry.getValue().forEach((id, pending) -> {
                if (pending.isRead()) {
                    toRead.add(id);
                } else {
                    inFlight.add(new InFlight(collection, id, recentlyRelayed.without(pending.events()), pending.storedAt(),
                            new ArrayList<>()));
                }
            });
            if (!toRead.isEmpty()) {
                inFlight.addAll(stored(collection, toRead));
            }
        }
        boolean brokerFailed = false;
        for (InFlight sending : inFlight) {
            if (brokerFailed) {
                publishSoon(sending.collection(), sending.id());
            } else {
                brokerFailed = !send(sending);
            }
        }
        boolean complete = !brokerFailed;
        for (InFlight sending : inFlight) {
            complete &= sending.acks().isEmpty() || settle(sending);
        }
        return complete;
    }

    /** The pending events of the documents, as stored. */
    private List<InFlight> stored(String collection, List<Object> ids) {
        Query pending = Query.query(where("_id").in(ids));
        pending.fields().include("outbox");
        List<InFlight> stored = new ArrayList<>();
        for (Document document : mongo.find(pending, Document.class, collection)) {
            List<OutboxMessage> messages = document.getList("outbox", Document.class, List.of()).stream()
                    .map(m -> mongo.getConverter().read(OutboxMessage.class, m)).toList();
            stored.add(new InFlight(collection, document.get("_id"), recentlyRelayed.without(messages), Map.of(),
                    new ArrayList<>()));
        }
        return stored;
    }

    /** Hands the document's events to the producer in order; false if the producer refused one. */
    private boolean send(InFlight sending) {
        for (OutboxMessage message : sending.messages()) {
            try {
                sending.acks().add(kafka.send(toRecord(message, sending.storedAt().get(message.eventId()))));
            } catch (RuntimeException e) {
                sending.acks().add(CompletableFuture.failedFuture(e));
                return false;
            }
        }
        return true;
    }

    /** Has the acknowledged prefix of one document's events removed; true if all of them were acknowledged. */
    private boolean settle(InFlight sending) {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < sending.acks().size(); i++) {
            OutboxMessage message = sending.messages().get(i);
            try {
                sending.acks().get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(message.eventId());
                recentlyRelayed.add(message.eventId());
                latency.record(Duration.between(message.time(), Instant.now()));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Event {} ({}) not acknowledged, will retry: {}", message.eventId(), message.type(), e.toString());
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            removals.remove(sending.collection(), sending.id(), acknowledged);
            published.increment(acknowledged.size());
        }
        boolean all = acknowledged.size() == sending.messages().size();
        if (!all) {
            publishSoon(sending.collection(), sending.id());
        }
        return all;
    }

    private void sweep(Duration grace) {
        Date cutoff = Date.from(Instant.now().minus(grace));
        for (String collection : collections) {
            Query stale = Query.query(where("outbox.time").lt(cutoff));
            stale.fields().include("_id");
            for (Document document : mongo.find(stale, Document.class, collection)) {
                publishSoon(collection, document.get("_id"));
            }
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(OutboxMessage message, Instant stored) {
        var record = new ProducerRecord<>(message.topic(), null, message.time().toEpochMilli(), message.key(),
                message.data().getBytes(UTF_8));
        header(record, ID, message.eventId());
        header(record, SOURCE, message.source());
        header(record, TYPE, message.type());
        header(record, SUBJECT, message.subject());
        header(record, TIME, message.time().toString());
        header(record, SPEC_VERSION, SPEC_VERSION_1_0);
        header(record, DATA_SCHEMA, message.dataschema());
        header(record, AGENCY_ID, message.agencyId());
        header(record, STORED_TIME, stored == null ? null : stored.toString());
        header(record, TRACEPARENT, message.traceparent());
        header(record, CONTENT_TYPE, JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(UTF_8)));
        }
    }

    private Map<String, Map<Object, Due>> drain() {
        Map<String, Map<Object, Due>> batch = new HashMap<>();
        due.forEach((collection, pending) -> {
            Map<Object, Due> taken = new HashMap<>();
            for (Object id : pending.keySet()) {
                Due one = pending.remove(id);
                if (one != null) {
                    taken.put(id, one);
                }
            }
            if (!taken.isEmpty()) {
                batch.put(collection, taken);
            }
        });
        return batch;
    }

    private void awaitWork(Duration timeout) throws InterruptedException {
        if (wakeUp.tryAcquire(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
            wakeUp.drainPermits();
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? MIN_BACKOFF : current.multipliedBy(2);
        return next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        removals.start();
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops relaying; whatever is still due is found again by the first sweep after the next start. */
    @Override
    public void stop() {
        running = false;
        due.clear();
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        removals.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One document's events on their way, with when the saves that wrote them returned, where a save handed them over. */
    private record InFlight(String collection, Object id, List<OutboxMessage> messages, Map<String, Instant> storedAt,
                            List<CompletableFuture<?>> acks) {
    }

    /**
     * What is due of one document: the events a save of this version wrote, with when the first save that
     * wrote each returned, or, with no events, whatever the stored document holds. Of two saves the later
     * one's events hold the earlier's not yet removed; a read of the document holds everything, so it wins
     * over both.
     */
    private record Due(Long version, List<OutboxMessage> events, Map<String, Instant> storedAt) {

        static final Due READ = new Due(null, null, Map.of());

        boolean isRead() {
            return events == null;
        }

        static Due either(Due one, Due other) {
            if (one.isRead() || other.isRead()) {
                return READ;
            }
            Due later = one.version() == null || other.version() == null || other.version() > one.version() ? other : one;
            Map<String, Instant> storedAt = new HashMap<>(one.storedAt());
            other.storedAt().forEach((eventId, stored) -> storedAt.merge(eventId, stored,
                    (first, second) -> first.isBefore(second) ? first : second));
            return new Due(later.version(), later.events(), storedAt);
        }
    }
}
