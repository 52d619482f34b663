package org.trainingplatform.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.util.Map;
import java.util.TreeMap;

/**
 * The documents the store has written (inserted, updated, removed), per collection ({@code database.collection},
 * the database being the service's), from the {@code top} command.
 */
final class StoreWrites implements AutoCloseable {

    private final MongoClient client;

    StoreWrites(String uri) {
        client = MongoClients.create(uri);
    }

    Map<String, Long> byCollection() {
        Document totals = client.getDatabase("admin").runCommand(new Document("top", 1)).get("totals", Document.class);
        Map<String, Long> writes = new TreeMap<>();
        totals.forEach((namespace, usage) -> {
            if (usage instanceof Document counts) {
                long count = 0;
                for (String kind : new String[]{"insert", "update", "remove"}) {
                    count += counts.get(kind, Document.class).get("count", Number.class).longValue();
                }
                writes.put(namespace, count);
            }
        });
        return writes;
    }

    @Override
    public void close() {
        client.close();
    }
}
