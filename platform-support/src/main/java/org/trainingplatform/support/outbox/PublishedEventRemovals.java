package org.trainingplatform.support.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.trainingplatform.support.persistence.AggregateUpdates;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Removes published events from their documents, out of the relay's way: a moment after the broker
 * acknowledged them, all of a document's in one update, and the updates of every document due at once in one
 * write, unless the document is saved meanwhile. Its save leaves them out ({@link OutboxTrigger}), so a class
 * taking nominations sheds its published events without a write of their own. A save made before the
 * acknowledgement writes them again and hands them to the relay, which knows them ({@link RecentlyRelayed});
 * a crash in between publishes them again, which consumers ignore.
 */
final class PublishedEventRemovals {

    private static final Logger log = LoggerFactory.getLogger(PublishedEventRemovals.class);

    private final MongoTemplate mongo;
    private final AggregateUpdates updates;
    private final KeptAggregates kept;
    private final Duration delay;
    private final Map<Key, Acknowledged> due = new ConcurrentHashMap<>();
    private ScheduledExecutorService remover;

    PublishedEventRemovals(MongoTemplate mongo, AggregateUpdates updates, KeptAggregates kept, Duration delay) {
        this.mongo = mongo;
        this.updates = updates;
        this.kept = kept;
        this.delay = delay;
    }

    /** These events of the document were acknowledged: they leave it once its first acknowledged events are {@code delay} old. */
    void remove(String collection, Object id, Collection<String> eventIds) {
        due.merge(new Key(collection, id), new Acknowledged(Set.copyOf(eventIds), Instant.now()), Acknowledged::and);
    }

    /** The events of the document acknowledged and not removed yet. */
    Set<String> waiting(String collection, Object id) {
        Acknowledged acknowledged = due.get(new Key(collection, id));
        return acknowledged == null ? Set.of() : acknowledged.eventIds();
    }

    /** The document was saved with these events: those of its acknowledged ones it left out need no removal. */
    void keepOnly(String collection, Object id, List<OutboxMessage> stored) {
        due.computeIfPresent(new Key(collection, id), (key, acknowledged) ->
                acknowledged.within(stored.stream().map(OutboxMessage::eventId).collect(Collectors.toSet())));
    }

    /**
     * Removes the events of every document whose first acknowledged events are older than {@code age}: one
     * write a collection, for all of its documents that are due.
     */
    private void removeOlderThan(Duration age) {
        Instant cutoff = Instant.now().minus(age);
        Map<String, Map<Object, Acknowledged>> byCollection = new HashMap<>();
        for (Map.Entry<Key, Acknowledged> entry : due.entrySet()) {
            if (entry.getValue().since().isAfter(cutoff)) {
                continue;
            }
            Acknowledged acknowledged = due.remove(entry.getKey());
            if (acknowledged != null) {
                byCollection.computeIfAbsent(entry.getKey().collection(), c -> new HashMap<>())
                        .put(entry.getKey().id(), acknowledged);
            }
        }
        byCollection.forEach((collection, documents) -> {
            try {
                pull(collection, documents);
            } catch (RuntimeException e) {
                log.warn("Published events of {} documents of {} not removed, will retry: {}", documents.size(),
                        collection, e.toString());
                documents.forEach((id, acknowledged) -> due.merge(new Key(collection, id), acknowledged, Acknowledged::and));
            }
        });
    }

    private void pull(String collection, Map<Object, Acknowledged> documents) {
        // the version goes up, so that a save from a read made before cannot put the events back; in the
        // aggregate's turn if it is free, so that its next change reads after the removal instead of losing the race
        updates.updateWithoutWaiting(documents.keySet(), () -> {
            BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            documents.forEach((id, acknowledged) -> removals.updateOne(Query.query(where("_id").is(id)),
                    new Update().pull("outbox", new Document("eventId", new Document("$in", acknowledged.eventIds())))
                            .inc("version", 1)));
            removals.execute();
            documents.forEach((id, acknowledged) -> kept.relayed(collection, id, acknowledged.eventIds()));
            return null;
        });
    }

    void start() {
        remover = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-removal");
            thread.setDaemon(true);
            return thread;
        });
        long tick = Math.max(10, delay.toMillis() / 4);
        remover.scheduleWithFixedDelay(() -> removeOlderThan(delay), tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Stops, removing what is due first; what a failure leaves is published again after the next start. */
    void stop() {
        remover.shutdown();
        try {
            remover.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeOlderThan(Duration.ZERO);
    }

    /** A document's acknowledged events, and when the first of them was acknowledged. */
    private record Acknowledged(Set<String> eventIds, Instant since) {

        /** Those of them among {@code stored}, acknowledged since the same moment; null if none. */
        Acknowledged within(Set<String> stored) {
            Set<String> left = new LinkedHashSet<>(eventIds);
            left.retainAll(stored);
            return left.isEmpty() ? null : new Acknowledged(left, since);
        }

        Acknowledged and(Acknowledged other) {
            Set<String> both = new LinkedHashSet<>(eventIds);
            both.addAll(other.eventIds());
            return new Acknowledged(both, since.isBefore(other.since()) ? since : other.since());
        }
    }

    private record Key(String collection, Object id) {
    }
}
