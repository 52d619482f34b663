package org.trainingplatform.support.outbox;

import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The aggregates this process saved last, kept so that its next change of one of them need not read the
 * whole document again nor write it whole (a class with its roster is up to 150 KB). Before a kept copy is
 * used, only the stored version is read, and the copy is used only if its version is the same: every write
 * of an outbox aggregate raises the version (a save, and the relay's removal of published events, which the
 * relay also applies to the kept copy). A change takes its copy out, and the copy is kept again only once the
 * change is saved, so a change that failed or lost a race leaves nothing behind.
 * <p>
 * With each copy the document it was stored as is kept; the save of a copy taken writes only what changed
 * against that document ({@link StoredChanges}), under the same version guard and with the same events
 * around it as a whole save.
 */
public class KeptAggregates {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final int capacity;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    /** The documents of the copies taken for a change, as stored, until the change is saved. */
    private final Map<Key, Document> taken = new ConcurrentHashMap<>();

    public KeptAggregates(MongoTemplate mongo, ApplicationEventPublisher events, int capacity) {
        this.mongo = mongo;
        this.events = events;
        this.capacity = capacity;
    }

    /** The aggregate as stored: the kept copy if it is still the stored version, else what {@code read} reads. */
    public <A extends OutboxAggregate> A take(Class<A> type, Object id, Supplier<A> read) {
        Key key = new Key(mongo.getCollectionName(type), id);
        Kept copy = kept.remove(key);
        taken.remove(key);
        if (copy != null && type.isInstance(copy.aggregate())
                && Objects.equals(copy.aggregate().version(), storedVersion(key.collection(), id))) {
            taken.put(key, copy.document());
            return type.cast(copy.aggregate());
        }
        return read.get();
    }

    /**
     * Saves the aggregate and keeps it for its next change: a copy taken from here by writing only what changed
     * in its document, any other by {@code saveWhole}. A copy changed meanwhile by another writer is refused
     * as a whole save of it would be.
     */
    public <A extends OutboxAggregate> A save(Object id, A aggregate, UnaryOperator<A> saveWhole) {
        Key key = new Key(mongo.getCollectionName(aggregate.getClass()), id);
        Document stored = taken.remove(key);
        if (stored == null || !Objects.equals(StoredChanges.version(stored), aggregate.version())) {
            return keep(id, saveWhole.apply(aggregate));
        }
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        Long version = aggregate.version();
        document.put("version", version + 1);
        events.publishEvent(new BeforeSaveEvent<>(aggregate, document, key.collection()));
        Update changes = StoredChanges.between(stored, document);
        if (mongo.updateFirst(Query.query(where("_id").is(id).and("version").is(version)), changes, key.collection())
                .getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("The " + key.collection() + " document " + id
                    + " was changed since version " + version);
        }
        aggregate.saved(version + 1);
        events.publishEvent(new AfterSaveEvent<>(aggregate, document, key.collection()));
        keep(key, aggregate, document);
        return aggregate;
    }

    /** Keeps the aggregate just saved (whole) for the next change of it; returns it. */
    public <A extends OutboxAggregate> A keep(Object id, A saved) {
        Document document = new Document();
        mongo.getConverter().write(saved, document);
        keep(new Key(mongo.getCollectionName(saved.getClass()), id), saved, document);
        return saved;
    }

    private void keep(Key key, OutboxAggregate saved, Document document) {
        if (kept.size() >= capacity) {
            Iterator<Key> any = kept.keySet().iterator();
            if (any.hasNext()) {
                kept.remove(any.next());
            }
        }
        kept.put(key, new Kept(saved, document));
    }

    /** The relay removed these published events from the stored document and raised its version: so does the kept copy. */
    void relayed(String collection, Object id, Collection<String> eventIds) {
        kept.computeIfPresent(new Key(collection, id), (key, copy) -> {
            copy.aggregate().relayed(eventIds);
            return new Kept(copy.aggregate(), StoredChanges.relayed(copy.document(), eventIds));
        });
    }

    private Long storedVersion(String collection, Object id) {
        Query version = Query.query(where("_id").is(id));
        version.fields().include("version");
        return StoredChanges.version(mongo.findOne(version, Document.class, collection));
    }

    private record Kept(OutboxAggregate aggregate, Document document) {
    }

    private record Key(String collection, Object id) {
    }
}
