package org.trainingplatform.notification.message;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Who has messages waiting for them: a trainee or lecturer whose contact, or a class whose details,
 * are not known yet. Looked up by id when such details arrive, so that the far more common arrival of
 * details nobody waits for costs one key look-up instead of a search through every message.
 */
@Component
class WaitingRecipients {

    private static final String COLLECTION = "waiting_recipients";

    private final MongoTemplate mongo;

    WaitingRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void mark(Message message) {
        mark(message.isToTrainee() ? "trainee:" + message.traineeId() : "lecturer:" + message.lecturerId());
        mark("class:" + message.classId());
    }

    boolean isWaited(String key) {
        return mongo.findById(key, Document.class, COLLECTION) != null;
    }

    /** Called once the waiting messages were written: nobody waits for these details any more. */
    void served(String key) {
        mongo.remove(Query.query(where("_id").is(key)), COLLECTION);
    }

    private void mark(String key) {
        mongo.upsert(Query.query(where("_id").is(key)), new Update().setOnInsert("since", new java.util.Date()), COLLECTION);
    }

    static String trainee(String traineeId) {
        return "trainee:" + traineeId;
    }

    static String lecturer(String lecturerId) {
        return "lecturer:" + lecturerId;
    }

    static String klass(String classId) {
        return "class:" + classId;
    }
}
