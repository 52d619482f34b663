package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * The wire server's H2 backend with the query planning the platform's access patterns need: its
 * collections find a document by {@code _id} whatever else the query says (a versioned save asks for
 * {@code _id} and {@code version}), and its non-unique indexes are {@link SecondaryIndex}es instead of
 * being ignored. Without them every such query scans the whole collection.
 */
final class IndexedH2Backend extends H2Backend {

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
