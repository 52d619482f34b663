package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A non-unique index of the embedded store, kept in memory and rebuilt from the documents when the
 * store opens (the wire server's own backends ignore non-unique indexes and scan instead).
 * <p>
 * It serves any query that pins the index's leading fields to values (equality, or {@code $in} of
 * values), or that bounds its first field on one side ({@code $lt}, {@code $lte}, {@code $gt} or
 * {@code $gte} a date or a number): the documents filed under those values are the candidates, and the
 * store's query matcher then applies the whole query to them, so the index only ever narrows a scan and
 * never decides a match. A bound is looked up among the values filed, without order: it serves an index
 * whose documents mostly lack the field, as the relay's sweep for events left behind in their documents.
 * A document is filed under every value its fields hold (each element of an array); one whose
 * value the index cannot file (an array inside an array) is a candidate for every query.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final Object UNFILED = new Object();
    private static final Object MISSING = new Object();

    private final List<String> fields;
    /** Each field's path, split at its dots. */
    private final List<String[]> paths;
    /** For each number k of leading fields, the positions filed under each tuple of k values. */
    private final List<Map<List<Object>, Set<P>>> byLeadingValues = new ArrayList<>();
    private final Set<P> unfiled = new HashSet<>();
    private final Map<Object, P> positionsById = new HashMap<>();

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.fields = keys.stream().map(IndexKey::getKey).toList();
        this.paths = fields.stream().map(field -> field.split("\\.")).toList();
        for (int k = 0; k < paths.size(); k++) {
            byLeadingValues.add(new HashMap<>());
        }
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return !pinned(query).isEmpty() || Bound.of(query.get(fields.get(0))) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        List<List<Object>> pinned = pinned(query);
        Set<P> positions = new LinkedHashSet<>(unfiled);
        if (pinned.isEmpty()) {
            Bound bound = Bound.of(query.get(fields.get(0)));
            byLeadingValues.get(0).forEach((value, filed) -> {
                if (bound.mayHold(value.get(0))) {
                    positions.addAll(filed);
                }
            });
        } else {
            Map<List<Object>, Set<P>> filed = byLeadingValues.get(pinned.size() - 1);
            for (List<Object> tuple : tuples(pinned)) {
                positions.addAll(filed.getOrDefault(tuple, Set.of()));
            }
        }
        return new ArrayList<>(positions);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        positionsById.put(idOf(document), position);
        file(indexedValues(document), position, true);
    }

    @Override
    public synchronized P remove(Document document) {
        P position = positionsById.remove(idOf(document));
        if (position != null) {
            file(indexedValues(document), position, false);
        }
        return position;
    }

    /**
     * Files the document anew only under the leading fields from the first whose values the update changed
     * (the {@code _id} never changes): a message whose status changes stays filed under its lane alone.
     */
    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        List<List<Object>> oldValues = indexedValues(oldDocument);
        List<List<Object>> newValues = indexedValues(newDocument);
        int unchanged = 0;
        while (unchanged < paths.size() && oldValues.get(unchanged).equals(newValues.get(unchanged))) {
            unchanged++;
        }
        if (unchanged == paths.size()) {
            return;
        }
        int from = isUnfiled(oldValues) || isUnfiled(newValues) ? 0 : unchanged;
        file(oldValues, position, false, from);
        file(newValues, position, true, from);
    }

    private List<List<Object>> indexedValues(Document document) {
        List<List<Object>> values = new ArrayList<>(paths.size());
        for (String[] path : paths) {
            values.add(valuesAt(document, path));
        }
        return values;
    }

    private static boolean isUnfiled(List<List<Object>> values) {
        for (List<Object> list : values) {
            if (list.contains(UNFILED)) {
                return true;
            }
        }
        return false;
    }

    private void file(List<List<Object>> values, P position, boolean add) {
        file(values, position, add, 0);
    }

    /** Files (or unfiles) the position under the tuples of leading values, from {@code from} + 1 fields on. */
    private void file(List<List<Object>> values, P position, boolean add, int from) {
        if (isUnfiled(values)) {
            if (add) {
                unfiled.add(position);
            } else {
                unfiled.remove(position);
            }
            return;
        }
        List<List<Object>> tuples = List.of(List.of());
        for (int k = 0; k < paths.size(); k++) {
            tuples = extended(tuples, values.get(k));
            if (k < from) {
                continue;
            }
            Map<List<Object>, Set<P>> filed = byLeadingValues.get(k);
            for (List<Object> tuple : tuples) {
                if (add) {
                    filed.computeIfAbsent(tuple, t -> new HashSet<>()).add(position);
                } else {
                    Set<P> positions = filed.get(tuple);
                    if (positions != null && positions.remove(position) && positions.isEmpty()) {
                        filed.remove(tuple);
                    }
                }
            }
        }
    }

    /** The values a query pins each leading field to, as far as it pins them. */
    private List<List<Object>> pinned(Document query) {
        List<List<Object>> pinned = new ArrayList<>();
        for (String field : fields) {
            List<Object> values = pinnedValues(query.get(field));
            if (values == null) {
                break;
            }
            pinned.add(values);
        }
        return pinned;
    }

    private static List<Object> pinnedValues(Object condition) {
        if (isPlain(condition)) {
            return List.of(normalized(condition));
        }
        if (condition instanceof Document operators && operators.size() == 1
                && operators.get("$in") instanceof Collection<?> candidates
                && !candidates.isEmpty() && candidates.stream().allMatch(SecondaryIndex::isPlain)) {
            return candidates.stream().map(SecondaryIndex::normalized).distinct().toList();
        }
        return null;
    }

    /**
     * One side of a range of dates or of numbers, as a query states it for a field. A value of another kind,
     * or a missing field, never matches it, as in MongoDB; a value on the bound itself is always a candidate.
     */
    private record Bound(String operator, Object limit) {

        private static final Set<String> OPERATORS = Set.of("$lt", "$lte", "$gt", "$gte");

        static Bound of(Object condition) {
            if (condition instanceof Document operators && operators.size() == 1) {
                Map.Entry<String, Object> only = operators.entrySet().iterator().next();
                Object limit = only.getValue();
                if (OPERATORS.contains(only.getKey()) && (instant(limit) != null || isWholeOrDouble(limit))) {
                    return new Bound(only.getKey(), limit);
                }
            }
            return null;
        }

        /** Whether a document filed under this value may match: numbers compare as doubles, the bound included, NaN always. */
        boolean mayHold(Object value) {
            boolean below = operator.startsWith("$lt");
            Instant date = instant(limit);
            if (date != null) {
                Instant filed = instant(value);
                return filed != null && (below ? filed.compareTo(date) <= 0 : filed.compareTo(date) >= 0);
            }
            if (!(value instanceof Double || value instanceof Long)) {
                return false;
            }
            double filed = ((Number) value).doubleValue();
            double bound = ((Number) limit).doubleValue();
            return Double.isNaN(filed) || Double.isNaN(bound) || (below ? filed <= bound : filed >= bound);
        }

        /** A date as the store holds it (an {@code Instant}), or as a {@code Date}; null for anything else. */
        private static Instant instant(Object value) {
            return value instanceof Instant instant ? instant : value instanceof Date date ? date.toInstant() : null;
        }

        private static boolean isWholeOrDouble(Object limit) {
            return limit instanceof Integer || limit instanceof Long || limit instanceof Double;
        }
    }

    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof Date
                || value instanceof Instant || value instanceof ObjectId || value instanceof UUID;
    }

    /** Every value a document holds at a dotted path, walking into arrays as the query language does. */
    private static List<Object> valuesAt(Object value, String[] path) {
        List<Object> values = new ArrayList<>(1);
        collect(value, path, 0, values, false);
        return values;
    }

    private static void collect(Object value, String[] steps, int step, List<Object> into, boolean inArray) {
        if (step == steps.length) {
            if (value instanceof Collection<?> elements) {
                if (inArray) {
                    into.add(UNFILED);
                    return;
                }
                elements.forEach(element -> into.add(element instanceof Collection<?> ? UNFILED : normalized(element)));
            } else {
                into.add(normalized(value));
            }
            return;
        }
        if (value instanceof Document document) {
            collect(document.get(steps[step]), steps, step + 1, into, inArray);
        } else if (value instanceof Collection<?> elements) {
            if (inArray) {
                into.add(UNFILED);
                return;
            }
            for (Object element : elements) {
                collect(element, steps, step, into, true);
            }
        } else {
            into.add(normalized(null));
        }
    }

    private static List<List<Object>> tuples(List<List<Object>> valuesPerField) {
        List<List<Object>> tuples = List.of(List.of());
        for (List<Object> values : valuesPerField) {
            tuples = extended(tuples, values);
        }
        return tuples;
    }

    /** Each tuple followed by each of the values, once each. */
    private static List<List<Object>> extended(List<List<Object>> tuples, List<Object> values) {
        Collection<Object> distinct = values.size() == 1 ? values : new LinkedHashSet<>(values);
        List<List<Object>> longer = new ArrayList<>(tuples.size() * distinct.size());
        for (List<Object> tuple : tuples) {
            for (Object value : distinct) {
                List<Object> next = new ArrayList<>(tuple.size() + 1);
                next.addAll(tuple);
                next.add(value);
                longer.add(next);
            }
        }
        return longer;
    }

    /** Numbers compare by value, as in queries (1 matches 1.0); a missing field is a value no query pins. */
    private static Object normalized(Object value) {
        if (value == null || value instanceof Missing) {
            return MISSING;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return number == 0 ? 0.0 : number;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue();
            return Math.abs(whole) < (1L << 53) ? (Object) (double) whole : whole;
        }
        return value instanceof Number ? UNFILED : value;
    }

    private static Object idOf(Document document) {
        return normalized(document.get("_id"));
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: any document may be added
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: any change may be made
    }

    @Override
    public synchronized long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        byLeadingValues.forEach(Map::clear);
        unfiled.clear();
        positionsById.clear();
    }
}
