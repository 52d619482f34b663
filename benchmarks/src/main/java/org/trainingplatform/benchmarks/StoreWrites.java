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

    /** The documents written per nomination since {@code before}, per collection, leaving out the raw limits' own. */
    Map<String, Double> perNominationSince(Map<String, Long> before, int nominations) {
        Map<String, Double> perNomination = new TreeMap<>();
        byCollection().forEach((collection, written) -> {
            long since = written - before.getOrDefault(collection, 0L);
            if (since > 0 && !collection.startsWith(RawLimits.DATABASE + ".")) {
                perNomination.put(collection, since / (double) nominations);
            }
        });
        return perNomination;
    }

    @Override
    public void close() {
        client.close();
    }
}
