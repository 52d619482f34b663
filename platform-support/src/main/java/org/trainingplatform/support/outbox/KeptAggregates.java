package org.trainingplatform.support.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The aggregates this process saved last, kept so that its next change of one of them need not read the
 * whole document again (a class with its roster is up to 150 KB). Before a kept copy is used, only the
 * stored version is read, and the copy is used only if its version is the same: every write of an outbox
 * aggregate raises the version (a save, and the relay's removal of published events, which the relay
 * also applies to the kept copy). A change takes its copy out, and the copy is kept again only once the
 * change is saved, so a change that failed or lost a race leaves nothing behind.
 */
public class KeptAggregates {

    private final MongoTemplate mongo;
    private final int capacity;
    private final Map<Key, OutboxAggregate> kept = new ConcurrentHashMap<>();

    public KeptAggregates(MongoTemplate mongo, int capacity) {
        this.mongo = mongo;
        this.capacity = capacity;
    }

    /** The aggregate as stored: the kept copy if it is still the stored version, else what {@code read} reads. */
    public <A extends OutboxAggregate> A take(Class<A> type, Object id, Supplier<A> read) {
        String collection = mongo.getCollectionName(type);
        OutboxAggregate copy = kept.remove(new Key(collection, id));
        if (type.isInstance(copy) && Objects.equals(copy.version(), storedVersion(collection, id))) {
            return type.cast(copy);
        }
        return read.get();
    }

    /** Keeps the aggregate just saved for the next change of it; returns it. */
    public <A extends OutboxAggregate> A keep(Object id, A saved) {
        if (kept.size() >= capacity) {
            Iterator<Key> any = kept.keySet().iterator();
            if (any.hasNext()) {
                kept.remove(any.next());
            }
        }
        kept.put(new Key(mongo.getCollectionName(saved.getClass()), id), saved);
        return saved;
    }

    /** The relay removed these published events from the stored document and raised its version: so does the kept copy. */
    void relayed(String collection, Object id, Collection<String> eventIds) {
        kept.computeIfPresent(new Key(collection, id), (key, copy) -> {
            copy.relayed(eventIds);
            return copy;
        });
    }

    private Long storedVersion(String collection, Object id) {
        Query version = Query.query(where("_id").is(id));
        version.fields().include("version");
        Document stored = mongo.findOne(version, Document.class, collection);
        return stored == null || stored.get("version") == null ? null : ((Number) stored.get("version")).longValue();
    }

    private record Key(String collection, Object id) {
    }
}
