package org.trainingplatform.support.inbox;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;

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

    boolean contains(String consumer, String eventId) {
        return mongo.exists(Query.query(where("_id").is(key(consumer, eventId))), COLLECTION);
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
