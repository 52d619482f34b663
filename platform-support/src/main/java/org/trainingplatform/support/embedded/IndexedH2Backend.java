package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The wire server's H2 backend with the query planning the platform's access patterns need: its
 * collections find a document by {@code _id} whatever else the query says (a versioned save asks for
 * {@code _id} and {@code version}), and its non-unique indexes are {@link SecondaryIndex}es instead of
 * being ignored. Without them every such query scans the whole collection.
 * <p>
 * Its {@code serverStatus} counts the writes it carried out, as MongoDB's {@code opcounters} do: an
 * inserted document, an update statement (or a {@code findAndModify}), a delete statement each count one.
 */
final class IndexedH2Backend extends H2Backend {

    private final LongAdder inserts = new LongAdder();
    private final LongAdder updates = new LongAdder();
    private final LongAdder deletes = new LongAdder();

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** Records in {@code file}, kept across restarts. */
    static IndexedH2Backend onFile(String file) {
        return new IndexedH2Backend(MVStore.open(file));
    }

    /** Records in memory only. */
    static IndexedH2Backend inMemoryOnly() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        Document query = message.getDocument();
        switch (query.keySet().iterator().next().toLowerCase()) {
            case "insert" -> inserts.add(statements(query, "documents"));
            case "update" -> updates.add(statements(query, "updates"));
            case "delete" -> deletes.add(statements(query, "deletes"));
            case "findandmodify" -> updates.increment();
            default -> {
            }
        }
        return answer;
    }

    private static int statements(Document command, String field) {
        return command.get(field) instanceof Collection<?> statements ? statements.size() : 0;
    }

    @Override
    public Document getServerStatus() {
        Document status = super.getServerStatus();
        status.put("opcounters", new Document("insert", inserts.sum()).append("update", updates.sum())
                .append("delete", deletes.sum()));
        return status;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class: the collections are opened while H2Database is still being constructed, from the backend's store. */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            return new IndexedH2Collection(this, collectionName, options,
                    getMvStore().openMap("databases." + fullName), getMvStore().openMap("meta." + fullName), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, sparse);
        }
    }
}
