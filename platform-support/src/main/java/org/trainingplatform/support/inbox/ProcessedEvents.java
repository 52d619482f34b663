package org.trainingplatform.support.inbox;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

import java.time.Duration;
import java.util.Date;
import java.util.List;

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

    /** A key look-up: {@code exists} would count, which some stores answer by scanning the collection. */
    boolean contains(String consumer, String eventId) {
        return mongo.findById(key(consumer, eventId), Document.class, COLLECTION) != null;
    }

    void record(String consumer, EventMetadata event) {
        try {
            mongo.insert(new Document("_id", key(consumer, event.id()))
                    .append("consumer", consumer)
                    .append("type", event.type())
                    .append(HANDLED_AT, new Date()), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // a concurrent redelivery got there first: the event is recorded, which is all we need
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
