package org.trainingplatform.support.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the events each consumer has handled, one document per (consumer, event id): the
 * document id is unique, so an event is recorded at most once per consumer. MongoDB removes each
 * record once it is {@code keptFor} old (a TTL index on when the event was handled); the embedded
 * store lists the index and keeps the records.
 */
class ProcessedEvents {

    static final String COLLECTION = "processed_events";
    private static final String HANDLED_AT = "processedAt";

    private final MongoTemplate mongo;

    ProcessedEvents(MongoTemplate mongo, Duration keptFor) {
        this.mongo = mongo;
        expireAfter(keptFor);
    }

    /**
     * Declares the TTL index for {@code keptFor}. Its name says how long, and a TTL index for another time is
     * dropped first: MongoDB refuses a second index on the same field with other options.
     */
    private void expireAfter(Duration keptFor) {
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        String name = HANDLED_AT + "_expires_after_" + keptFor.toSeconds() + "s";
        for (IndexInfo index : indexes.getIndexInfo()) {
            if (index.isIndexForFields(List.of(HANDLED_AT)) && !index.getName().equals(name)) {
                indexes.dropIndex(index.getName());
            }
        }
        indexes.createIndex(new Index(HANDLED_AT, Sort.Direction.ASC).named(name).expire(keptFor));
    }

    /**
     * The ids among these that this consumer has handled, in one query: {@code $in} on the document id, which the
     * store answers from its id index.
     */
    Set<String> handledAmong(String consumer, Collection<String> eventIds) {
        List<String> keys = eventIds.stream().map(id -> key(consumer, id)).toList();
        Set<String> handled = new HashSet<>();
        for (Document found : mongo.getCollection(COLLECTION).find(Filters.in("_id", keys)).projection(Projections.include("_id"))) {
            handled.add(found.getString("_id").substring(consumer.length() + 1));
        }
        return handled;
    }

    /** Records these events as handled, in one unordered write; one recorded already stays as it is. */
    void record(String consumer, List<EventMetadata> events) {
        if (events.isEmpty()) {
            return;
        }
        Date now = new Date();
        List<Document> records = events.stream().map(event -> new Document("_id", key(consumer, event.id()))
                .append("consumer", consumer)
                .append("type", event.type())
                .append(HANDLED_AT, now)).toList();
        try {
            mongo.getCollection(COLLECTION).insertMany(records, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // a concurrent redelivery got there first for those: they are recorded, which is all we need
            if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
