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
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
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
 * deeply before changing them. A replacement (how a versioned save writes) is not copied at all: the
 * request's document takes the stored one's place.
 */
final class IndexedH2Collection extends H2Collection {

    /** Set while an update or findAndModify runs; read and written under the collection's lock only. */
    private boolean updating;

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
        return onCopies(() -> super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog));
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
        found.forEach(document -> copies.add(document.clone()));
        return new QueryResult(copies, found.getCursorId());
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
