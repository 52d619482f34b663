package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unique index of the embedded store (the {@code _id} index among them), kept in a hash map and
 * rebuilt from the documents when the store opens. The H2 backend's own keeps its keys in an H2 map
 * that compares them by serialising both with Java serialisation, at every step of every look-up.
 */
final class UniqueIndex<P> extends AbstractUniqueIndex<P> {

    private final Map<KeyValue, Object> positions = new ConcurrentHashMap<>();

    UniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    protected P removeDocument(KeyValue key) {
        return position(positions.remove(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, P position) {
        return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
        return (Iterable) positions.entrySet();
    }

    @Override
    protected P getPosition(KeyValue key) {
        return position(positions.get(key));
    }

    /** Positions are kept as the H2 backend keeps them: a document without an {@code _id} is at {@link Missing}. */
    @SuppressWarnings("unchecked")
    private static <P> P position(Object stored) {
        return (P) stored;
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
