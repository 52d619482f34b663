package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The documents the embedded store wrote, in total as MongoDB's {@code serverStatus.metrics.document}
 * reports them, and per collection in the form of the {@code top} command's answer: inserted, updated
 * (an update that changed nothing is no write) and removed; and the queries it answered (find, count,
 * distinct, aggregate) and the batches it returned after a query's first (getmore).
 */
final class UsageCounts {

    private enum Kind { insert, update, remove, queries, getmore }

    private final Map<String, Map<Kind, LongAdder>> byNamespace = new ConcurrentHashMap<>();

    /** Counts what a command that was carried out wrote, from its answer, or that it was a query. */
    void count(String database, Document command, Document answer) {
        String name = command.keySet().iterator().next();
        String namespace = database + "." + ("getMore".equals(name) ? command.get("collection") : command.get(name));
        switch (name.toLowerCase()) {
            case "find", "count", "distinct", "aggregate" -> add(namespace, Kind.queries, 1);
            case "getmore" -> add(namespace, Kind.getmore, 1);
            case "insert" -> add(namespace, Kind.insert, number(answer.get("n")));
            case "update" -> add(namespace, Kind.update, number(answer.get("nModified"))
                    + (answer.get("upserted") instanceof Collection<?> upserted ? upserted.size() : 0));
            case "delete" -> add(namespace, Kind.remove, number(answer.get("n")));
            case "findandmodify" -> {
                if (answer.get("lastErrorObject") instanceof Document outcome) {
                    add(namespace, Boolean.TRUE.equals(command.get("remove")) ? Kind.remove : Kind.update,
                            number(outcome.get("n")));
                }
            }
            default -> {
            }
        }
    }

    private void add(String namespace, Kind kind, long documents) {
        if (documents > 0) {
            byNamespace.computeIfAbsent(namespace, n -> new ConcurrentHashMap<>())
                    .computeIfAbsent(kind, k -> new LongAdder()).add(documents);
        }
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** As {@code serverStatus.metrics.document}. */
    Document documentMetrics() {
        return new Document("inserted", total(Kind.insert)).append("updated", total(Kind.update))
                .append("deleted", total(Kind.remove));
    }

    /** As the {@code top} command's answer, with the documents written and the queries answered per collection. */
    Document top() {
        Document totals = new Document();
        new TreeMap<>(byNamespace).forEach((namespace, counts) -> {
            Document usage = new Document();
            for (Kind kind : Kind.values()) {
                usage.append(kind.name(), new Document("time", 0L).append("count", sum(counts, kind)));
            }
            totals.append(namespace, usage);
        });
        return new Document("totals", totals).append("ok", 1.0);
    }

    private long total(Kind kind) {
        return byNamespace.values().stream().mapToLong(counts -> sum(counts, kind)).sum();
    }

    private static long sum(Map<Kind, LongAdder> counts, Kind kind) {
        LongAdder adder = counts.get(kind);
        return adder == null ? 0 : adder.sum();
    }
}
