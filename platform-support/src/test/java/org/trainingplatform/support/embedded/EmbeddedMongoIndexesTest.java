package org.trainingplatform.support.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store's indexes only narrow scans: every query answers exactly as it does on a
 * collection without indexes, through inserts, updates, deletes and a reopening of the file.
 */
class EmbeddedMongoIndexesTest {

    private static final List<String> LANES = List.of("a/EMAIL", "a/SMS", "b/EMAIL");
    private static final List<String> STATUSES = List.of("PENDING", "SENDING", "SENT", "FAILED");
    private static final long START = 1_700_000_000_000L;

    private static final List<Bson> QUERIES = List.of(
            Filters.eq("lane", "a/EMAIL"),
            Filters.and(Filters.eq("lane", "a/SMS"), Filters.in("status", "PENDING", "SENDING")),
            Filters.and(Filters.eq("lane", "b/EMAIL"), Filters.eq("status", "SENT"), Filters.gt("sequence", 40)),
            Filters.and(Filters.eq("lane", "a/EMAIL"), Filters.eq("status", "PENDING"), Filters.in("sequence", sequences(0, 300))),
            Filters.and(Filters.eq("lane", "b/EMAIL"), Filters.in("status", "PENDING", "SENT"), Filters.in("sequence", sequences(1000, 1300))),
            Filters.and(Filters.eq("status", "PENDING"), Filters.lte("due", 50)),
            Filters.eq("status", "NO-SUCH-STATUS"),
            Filters.eq("count", 3),
            Filters.eq("count", 3.0),
            Filters.eq("count", 3L),
            Filters.eq("tags", "t2"),
            Filters.in("tags", "t1", "t3"),
            Filters.eq("items.code", "c4"),
            Filters.eq("lane", null),
            Filters.exists("lane", false),
            Filters.and(Filters.eq("_id", "m7"), Filters.eq("version", 0)),
            Filters.and(Filters.eq("_id", "m7"), Filters.eq("version", 99)),
            Filters.and(Filters.eq("_id", "no-such-id"), Filters.eq("version", 0)),
            new Document("_id", "m9").append("version", 0),
            new Document("$and", List.of(new Document("version", 0), new Document("_id", "m9"))),
            new Document("$and", List.of(new Document("_id", "m9"), new Document("lane", "no-such-lane"))),
            new Document("$and", List.of(new Document("_id", new Document("$in", List.of("m9", "m10"))))),
            Filters.lt("events.at", minute(30)),
            Filters.lte("events.at", minute(30)),
            Filters.gt("events.at", minute(90)),
            Filters.gte("events.at", minute(90)),
            Filters.lt("events.at", 5),
            new Document("events.at", new Document("$gte", minute(40)).append("$lt", minute(45))),
            Filters.and(Filters.lt("events.at", minute(60)), Filters.eq("status", "SENT")),
            Filters.lt("count", 3),
            Filters.lte("count", 3L),
            Filters.gt("count", 2.5),
            Filters.gte("count", minute(0)),
            Filters.gte("tags", 0),
            Filters.lt("items.code", "c3"));

    @Test
    void indexedQueriesAnswerAsScansDoThroughChanges() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory(0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> indexed = indexedCollection(client);
            MongoCollection<Document> plain = client.getDatabase("test").getCollection("plain");
            insertSame(indexed, plain, 300, new Random(7));
            assertSameAnswers(indexed, plain);

            for (MongoCollection<Document> collection : List.of(indexed, plain)) {
                collection.updateMany(Filters.eq("lane", "a/SMS"), Updates.set("status", "SENT"));
                collection.updateMany(Filters.in("status", "PENDING", "SENT"), Updates.inc("sequence", 1000));
                collection.updateMany(Filters.eq("status", "FAILED"), Updates.combine(Updates.set("lane", "b/EMAIL"),
                        Updates.set("tags", List.of("t3", "t0"))));
                collection.deleteMany(Filters.eq("tags", "t1"));
                collection.replaceOne(Filters.and(Filters.eq("_id", "m7"), Filters.eq("version", 0)),
                        new Document("lane", "a/EMAIL").append("status", "PENDING").append("version", 1));
                collection.updateMany(Filters.eq("status", "SENT"), Updates.pull("events", Filters.lt("at", minute(50))));
                collection.updateMany(Filters.eq("lane", "b/EMAIL"), Updates.push("events", new Document("at", minute(95))));
            }
            assertSameAnswers(indexed, plain);
            assertThat(indexed.replaceOne(Filters.and(Filters.eq("_id", "m8"), Filters.eq("version", 5)), new Document("version", 6))
                    .getMatchedCount()).as("a save of a stale version matches nothing").isZero();
        }
    }

    @Test
    void indexesAreRebuiltWhenTheFileIsOpenedAgain(@TempDir Path folder) {
        Path file = folder.resolve("store.mv");
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            insertSame(indexedCollection(client), client.getDatabase("test").getCollection("plain"), 200, new Random(11));
        }
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> indexed = client.getDatabase("test").getCollection("indexed");
            MongoCollection<Document> plain = client.getDatabase("test").getCollection("plain");
            assertThat(indexed.countDocuments()).isEqualTo(200);
            assertSameAnswers(indexed, plain);
            indexed.insertOne(new Document("_id", "late").append("lane", "a/EMAIL").append("status", "PENDING"));
            assertThat(ids(indexed, Filters.and(Filters.eq("lane", "a/EMAIL"), Filters.eq("status", "PENDING")))).contains("late");
            assertUniqueKeysHold(indexed);
        }
    }

    @Test
    void uniqueKeysHoldThroughChangesAndAReopening(@TempDir Path folder) {
        Path file = folder.resolve("store.mv");
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> indexed = indexedCollection(client);
            insertSame(indexed, client.getDatabase("test").getCollection("plain"), 50, new Random(3));
            assertUniqueKeysHold(indexed);
            indexed.deleteOne(Filters.eq("_id", "m4"));
            indexed.insertOne(new Document("_id", "m4").append("serial", "S-4"));
            indexed.updateOne(Filters.eq("_id", "m5"), Updates.set("serial", "S-5b"));
            indexed.insertOne(new Document("_id", "n5").append("serial", "S-5"));
        }
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> indexed = client.getDatabase("test").getCollection("indexed");
            assertUniqueKeysHold(indexed);
            assertThat(indexed.find(Filters.eq("serial", "S-5")).map(d -> d.getString("_id")).first()).isEqualTo("n5");
            assertThat(indexed.find(Filters.eq("_id", "m4")).first()).containsEntry("serial", "S-4");
        }
    }

    /** A second document with the _id or the serial of another is refused; a fresh one is taken. */
    private static void assertUniqueKeysHold(MongoCollection<Document> indexed) {
        assertThatThrownBy(() -> indexed.insertOne(new Document("_id", "m1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> indexed.insertOne(new Document("_id", "other").append("serial", "S-2")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> indexed.updateOne(Filters.eq("_id", "m3"), Updates.set("serial", "S-2")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        String fresh = "fresh-" + indexed.countDocuments();
        indexed.insertOne(new Document("_id", fresh).append("serial", "S-" + fresh));
        assertThat(indexed.find(Filters.eq("serial", "S-" + fresh)).map(d -> d.getString("_id")).first()).isEqualTo(fresh);
    }

    private static MongoCollection<Document> indexedCollection(MongoClient client) {
        MongoCollection<Document> indexed = client.getDatabase("test").getCollection("indexed");
        indexed.createIndex(Indexes.ascending("lane", "status", "sequence"));
        indexed.createIndex(Indexes.ascending("status", "due"));
        indexed.createIndex(Indexes.ascending("count"));
        indexed.createIndex(Indexes.ascending("tags"), new IndexOptions().sparse(true));
        indexed.createIndex(Indexes.ascending("items.code"));
        indexed.createIndex(Indexes.ascending("events.at"));
        indexed.createIndex(Indexes.ascending("serial"), new IndexOptions().unique(true).sparse(true));
        return indexed;
    }

    private static void insertSame(MongoCollection<Document> indexed, MongoCollection<Document> plain, int count, Random random) {
        for (int i = 0; i < count; i++) {
            Document document = new Document("_id", "m" + i).append("serial", "S-" + i).append("version", 0).append("sequence", i).append("due", random.nextInt(100));
            if (random.nextInt(10) > 0) {
                document.append("lane", LANES.get(random.nextInt(LANES.size())));
            }
            document.append("status", STATUSES.get(random.nextInt(STATUSES.size())));
            switch (random.nextInt(4)) {
                case 0 -> document.append("count", 3);
                case 1 -> document.append("count", 3.0);
                case 2 -> document.append("count", (long) random.nextInt(5));
                default -> { }
            }
            switch (random.nextInt(3)) {
                case 0 -> document.append("tags", List.of("t" + random.nextInt(4), "t" + random.nextInt(4)));
                case 1 -> document.append("tags", "t" + random.nextInt(4));
                default -> document.append("tags", List.of(List.of("t2")));
            }
            document.append("items", List.of(new Document("code", "c" + random.nextInt(6)), new Document("code", "c" + random.nextInt(6))));
            switch (random.nextInt(5)) {
                case 0 -> document.append("events", List.of());
                case 1 -> document.append("events", List.of(new Document("at", minute(random.nextInt(100)))));
                case 2 -> document.append("events", List.of(new Document("at", minute(random.nextInt(100))),
                        new Document("at", minute(random.nextInt(100)))));
                case 3 -> document.append("events", List.of(new Document("at", random.nextInt(10)), new Document("at", "soon")));
                default -> { }
            }
            indexed.insertOne(document);
            plain.insertOne(new Document(document));
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        for (Bson query : QUERIES) {
            assertThat(ids(indexed, query)).as(query.toString()).isEqualTo(ids(plain, query));
        }
        assertThat(ids(plain, Filters.eq("lane", "a/EMAIL"))).as("the queries select something").isNotEmpty();
    }

    private static Date minute(int minute) {
        return new Date(START + minute * 60_000L);
    }

    private static List<Integer> sequences(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson query) {
        return collection.find(query).sort(Sorts.ascending("_id")).map(document -> document.getString("_id")).into(new ArrayList<>());
    }
}
