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
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The wire server's H2 backend with the query planning the platform's access patterns need: its
 * collections find a document by {@code _id} whatever else the query says (a versioned save asks for
 * {@code _id} and {@code version}), and its non-unique indexes are {@link SecondaryIndex}es instead of
 * being ignored. Without them every such query scans the whole collection. Its unique indexes are
 * {@link UniqueIndex}es in memory, and it keeps documents as BSON ({@link BsonDocumentType}).
 * <p>
 * It counts the writes it carried out and the queries it answered ({@link UsageCounts}).
 */
final class IndexedH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(IndexedH2Backend.class);

    private final UsageCounts usage = new UsageCounts();

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** Records in {@code file}, kept across restarts. */
    static IndexedH2Backend onFile(String file) {
        return new IndexedH2Backend(new MVStore.Builder().fileName(file)
                .backgroundExceptionHandler((thread, e) -> log.error("The store's file could not be written", e)).open());
    }

    /** Records in memory only. */
    static IndexedH2Backend inMemoryOnly() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document command = message.getDocument();
        if ("top".equals(command.keySet().iterator().next())) {
            return usage.top();
        }
        Document answer = super.handleMessage(message);
        usage.count(message.getDatabaseName(), command, answer);
        return answer;
    }

    @Override
    public Document getServerStatus() {
        Document status = super.getServerStatus();
        status.put("metrics", new Document("document", usage.documentMetrics()));
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
            MVMap<Object, Document> documents = getMvStore().openMap("databases." + fullName,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            return new IndexedH2Collection(this, collectionName, options, documents,
                    getMvStore().openMap("meta." + fullName), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new UniqueIndex<>(indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, sparse);
        }
    }
}
