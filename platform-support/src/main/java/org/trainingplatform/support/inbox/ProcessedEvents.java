package org.trainingplatform.support.inbox;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Date;

/**
 * The ids of the events each consumer has handled, one document per (consumer, event id): the
 * document id is unique, so an event is recorded at most once per consumer.
 */
class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
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
                    .append("processedAt", new Date()), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // a concurrent redelivery got there first: the event is recorded, which is all we need
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
