package org.trainingplatform.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents the store has written (inserted, updated, removed) and the queries it has answered (a query and
 * the further batches of its answer), per collection ({@code database.collection}, the database being the
 * service's), from the {@code top} command.
 */
final class StoreUsage implements AutoCloseable {

    static final List<String> WRITES = List.of("insert", "update", "remove");
    static final List<String> READS = List.of("queries", "getmore");

    private final MongoClient client;

    StoreUsage(String uri) {
        client = MongoClients.create(uri);
    }

    /** The counts of these kinds, per collection. */
    Map<String, Long> byCollection(List<String> kinds) {
        Document totals = client.getDatabase("admin").runCommand(new Document("top", 1)).get("totals", Document.class);
        Map<String, Long> usage = new TreeMap<>();
        totals.forEach((namespace, value) -> {
            if (value instanceof Document counts) {
                long count = 0;
                for (String kind : kinds) {
                    count += counts.get(kind, Document.class).get("count", Number.class).longValue();
                }
                usage.put(namespace, count);
            }
        });
        return usage;
    }

    /** The counts of these kinds per nomination since {@code before}, per collection, leaving out the raw limits' own. */
    Map<String, Double> perNominationSince(List<String> kinds, Map<String, Long> before, int nominations) {
        Map<String, Double> perNomination = new TreeMap<>();
        byCollection(kinds).forEach((collection, counted) -> {
            long since = counted - before.getOrDefault(collection, 0L);
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
