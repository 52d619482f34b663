package org.trainingplatform.support.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What MongoDB's TTL monitor does, for the embedded store, which has none of its own: at every pass, in each
 * collection with an index on one field that has {@code expireAfterSeconds}, it removes the documents whose
 * date in that field is older than that. As in MongoDB, a document whose field holds no date stays (a
 * comparison with a date matches only dates).
 */
final class TtlMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TtlMonitor.class);

    private final MongoClient client;
    private final ScheduledExecutorService passes = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ttl-monitor");
        thread.setDaemon(true);
        return thread;
    });

    TtlMonitor(String connectionString, Duration interval) {
        client = MongoClients.create(connectionString);
        passes.scheduleWithFixedDelay(this::passQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void passQuietly() {
        try {
            pass();
        } catch (RuntimeException e) {
            log.warn("Removing expired documents failed, trying again at the next pass: {}", e.toString());
        }
    }

    private void pass() {
        for (String databaseName : client.listDatabaseNames()) {
            MongoDatabase database = client.getDatabase(databaseName);
            for (String collectionName : database.listCollectionNames()) {
                MongoCollection<Document> collection = database.getCollection(collectionName);
                for (Document index : collection.listIndexes()) {
                    Number seconds = index.get("expireAfterSeconds", Number.class);
                    Document key = index.get("key", Document.class);
                    if (seconds != null && key.size() == 1) {
                        String field = key.keySet().iterator().next();
                        Date cutoff = Date.from(Instant.now().minusSeconds(seconds.longValue()));
                        collection.deleteMany(Filters.lt(field, cutoff));
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        passes.shutdownNow();
        try {
            passes.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }
}
