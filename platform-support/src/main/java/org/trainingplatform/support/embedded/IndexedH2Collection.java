package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.ImmutableFieldException;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An H2 collection that looks a document up by its {@code _id} when a query pins it among other
 * fields or in an {@code $and} clause; the backend's unique {@code _id} index only serves queries on
 * {@code _id} alone. In this backend a document's position is its {@code _id}.
 * <p>
 * The backend's updates change the document they read in place, and that object is the value in the
 * store's map, which H2's writer thread may be encoding into the file at that moment: it failed with a
 * {@code ConcurrentModificationException}, and the store stopped writing. Here an update reads copies, so
 * a document in the map is never changed once it is put there. A copy of the top level is enough: an
 * update replaces the document's top-level values and never changes the values it read, which it copies
 * deeply before changing them. An update with operators is handed only the fields it reads and
 * changes, so that the backend's deep copies and comparisons of what it read skip the rest (a class's
 * roster, when the relay removes the class's published events); the stored document's other fields are
 * kept as they are. A replacement (how a versioned save writes) is not copied at all: the request's
 * document takes the stored one's place.
 */
final class IndexedH2Collection extends H2Collection {

    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");

    /** Set while an update or findAndModify runs; read and written under the collection's lock only. */
    private boolean updating;
    /** While an update with operators runs: the top-level fields it reads and writes, or null for all of them. */
    private Set<String> narrowedTo;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    /**
     * The store does not keep the collection's data size: MongoDB's {@code collStats} figure, which the
     * backend works out by encoding every document written, twice for an update, and nothing here reads.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean multi, boolean upsert, Oplog oplog) {
        if (!multi && isReplacement(update)) {
            Document replaced = replace(selector, update, oplog);
            if (replaced != null) {
                return replaced;
            }
            if (!upsert) {
                return result(0, 0);
            }
        }
        narrowedTo = fieldsOf(selector, update);
        try {
            return onCopies(() -> super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog));
        } finally {
            narrowedTo = null;
        }
    }

    /**
     * The top-level fields an update with operators can read or change: those its selector names (for the
     * positional operator), those its operators name, and every indexed field (so that its indexes see
     * the same keys); null when they cannot be told, and the update sees whole documents.
     */
    private Set<String> fieldsOf(Document selector, Document update) {
        Set<String> fields = new HashSet<>(List.of("_id"));
        if (!selectorFields(selector, fields)) {
            return null;
        }
        for (Map.Entry<String, Object> operator : update.entrySet()) {
            if (!operator.getKey().startsWith("$") || !(operator.getValue() instanceof Document paths)) {
                return null;
            }
            for (Map.Entry<String, Object> path : paths.entrySet()) {
                fields.add(topLevel(path.getKey()));
                if ("$rename".equals(operator.getKey())) {
                    if (!(path.getValue() instanceof String renamed)) {
                        return null;
                    }
                    fields.add(topLevel(renamed));
                }
            }
        }
        getIndexes().forEach(index -> index.getKeys().forEach(key -> fields.add(topLevel(key.getKey()))));
        return fields;
    }

    private static boolean selectorFields(Document selector, Set<String> fields) {
        for (Map.Entry<String, Object> condition : selector.entrySet()) {
            if (LOGICAL.contains(condition.getKey()) && condition.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (!(clause instanceof Document nested) || !selectorFields(nested, fields)) {
                        return false;
                    }
                }
            } else if (condition.getKey().startsWith("$")) {
                return false;
            } else {
                fields.add(topLevel(condition.getKey()));
            }
        }
        return true;
    }

    private static String topLevel(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /**
     * Replaces the first document the selector matches (how a versioned save writes), or returns null if it
     * matches none. The replacement is the request's own document, which nothing else holds, so it is put
     * in the store as it is and nothing is copied; the backend's own path copies the stored document and the
     * replacement deeply and compares them twice, which for a class's roster costs more than the write.
     */
    private Document replace(Document selector, Document replacement, Oplog oplog) {
        Iterator<Document> found = queryDocuments(selector, null, 0, 0, 0, null).iterator();
        if (!found.hasNext()) {
            return null;
        }
        Document stored = found.next();
        Object id = stored.get("_id");
        if (replacement.containsKey("_id") && !sameId(id, replacement.get("_id"))) {
            throw new ImmutableFieldException("After applying the update, the (immutable) field '_id' was found to have been altered to _id: "
                    + replacement.get("_id"));
        }
        Document document = new Document("_id", id);
        document.putAll(replacement);
        Utils.validateFieldNames(document);
        if (document.equals(stored)) {
            return result(1, 0);
        }
        for (Index<Object> index : getIndexes()) {
            index.checkUpdate(stored, document, this);
        }
        for (Index<Object> index : getIndexes()) {
            index.updateInPlace(stored, document, id, this);
        }
        handleUpdate(id, stored, document);
        oplog.handleUpdate(getFullName(), selector, replacement, List.of(id));
        return result(1, 1);
    }

    /** A whole document rather than update operators; an empty one is neither, as the backend has it. */
    private static boolean isReplacement(Document update) {
        return !update.isEmpty() && update.keySet().stream().noneMatch(key -> key.startsWith("$"));
    }

    private static boolean sameId(Object id, Object other) {
        return id instanceof Number a && other instanceof Number b ? a.doubleValue() == b.doubleValue() : Objects.equals(id, other);
    }

    private static Document result(int matched, int modified) {
        return new Document("n", matched).append("nModified", modified);
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        return onCopies(() -> super.findAndModify(query));
    }

    /** Runs a change of documents (under the collection's lock) with the documents it reads copied at their top level. */
    private Document onCopies(Supplier<Document> change) {
        updating = true;
        try {
            return change.get();
        } finally {
            updating = false;
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        QueryResult found;
        Object id = pinnedId(query);
        if (id != null && !(query.size() == 1 && query.containsKey("_id"))) {
            List<Object> positions = getDocument(id) == null ? List.of() : List.of(id);
            found = matchDocuments(query, positions, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
        } else {
            found = super.queryDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
        }
        if (!updating) {
            return found;
        }
        List<Document> copies = new ArrayList<>();
        found.forEach(document -> copies.add(narrowedTo == null ? document.clone() : narrowed(document)));
        return new QueryResult(copies, found.getCursorId());
    }

    /** The fields of the document an update reads and changes, the values as the store holds them. */
    private Document narrowed(Document document) {
        Document narrowed = new Document();
        document.forEach((field, value) -> {
            if (narrowedTo.contains(field)) {
                narrowed.put(field, value);
            }
        });
        return narrowed;
    }

    /**
     * Stores a changed document. An update that saw only some fields changed those: they take their new
     * values in the stored document's order, fields it removed go, fields it added come last, and every
     * other field keeps the stored value, as an update of the whole document leaves them.
     */
    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        if (narrowedTo == null) {
            super.handleUpdate(position, oldDocument, newDocument);
            return;
        }
        Document merged = new Document();
        super.getDocument(position).forEach((field, value) -> {
            if (!narrowedTo.contains(field)) {
                merged.put(field, value);
            } else if (newDocument.containsKey(field)) {
                merged.put(field, newDocument.get(field));
            }
        });
        newDocument.forEach(merged::putIfAbsent);
        super.handleUpdate(position, oldDocument, merged);
    }

    /** The document as the store's map holds it. */
    Document stored(Object id) {
        return super.getDocument(id);
    }

    /**
     * The {@code _id} a query pins beside other conditions: at its top level, or in one of its
     * {@code $and} clauses (as the Java driver writes {@code Filters.and}); null if none.
     */
    private static Object pinnedId(Document query) {
        if (isId(query.get("_id"))) {
            return query.get("_id");
        }
        if (query.get("$and") instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document condition && isId(condition.get("_id"))) {
                    return condition.get("_id");
                }
            }
        }
        return null;
    }

    private static boolean isId(Object value) {
        return value instanceof String || value instanceof ObjectId;
    }
}
