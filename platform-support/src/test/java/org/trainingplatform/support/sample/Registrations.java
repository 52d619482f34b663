package org.trainingplatform.support.sample;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.trainingplatform.events.enrolment.TraineeRegistered;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately non-idempotent handler: every call inserts a new document, so a second effect of the
 * same event would show. Names starting with "flaky" fail twice before they succeed; those starting with
 * "broken" always fail.
 */
@Component
class Registrations {

    static final String COLLECTION = "registrations_seen";

    private final MongoTemplate mongo;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    Registrations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(TraineeRegistered event) {
        int attempt = attempts.computeIfAbsent(event.traineeId(), id -> new AtomicInteger()).incrementAndGet();
        if (event.fullName().startsWith("flaky") && attempt <= 2) {
            throw new IllegalStateException("Temporary failure " + attempt);
        }
        if (event.fullName().startsWith("broken")) {
            throw new IllegalStateException("Cannot register " + event.fullName() + ", attempt " + attempt);
        }
        mongo.insert(new Document("traineeId", event.traineeId()).append("attempt", attempt), COLLECTION);
    }

    int attempts(String traineeId) {
        return attempts.getOrDefault(traineeId, new AtomicInteger()).get();
    }
}
