package org.trainingplatform.support.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.rename;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Updates never change a document the store holds, whichever way they find it: H2's writer thread may
 * be encoding that very object into the file.
 */
class EmbeddedMongoUpdatesTest {

    @Test
    void updatesPutChangedCopiesAndLeaveTheStoredDocumentsAlone() {
        IndexedH2Backend backend = IndexedH2Backend.inMemoryOnly();
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> classes = client.getDatabase("test").getCollection("classes");
            classes.insertOne(new Document("_id", "k1").append("version", 0L)
                    .append("outbox", List.of(new Document("eventId", "e1")))
                    .append("nominations", List.of(new Document("traineeId", "t1").append("status", "NOMINATED")))
                    .append("plan", new Document("capacity", 20)));
            IndexedH2Collection collection = (IndexedH2Collection) backend.resolveDatabase("test").resolveCollection("classes", true);
            de.bwaldvogel.mongo.bson.Document held = collection.stored("k1");

            classes.updateOne(eq("_id", "k1"), combine(pull("outbox", new Document("eventId", "e1")), inc("version", 1L)));
            assertThat(held.get("version")).as("the document held before the update").isEqualTo(0L);
            assertThat((List<?>) held.get("outbox")).hasSize(1);

            held = collection.stored("k1");
            classes.findOneAndUpdate(and(eq("_id", "k1"), eq("version", 1L)), set("title", "Lớp bồi dưỡng 1"));
            assertThat(held.containsKey("title")).isFalse();

            held = collection.stored("k1");
            classes.updateMany(eq("version", 1L), set("status", "OPEN")); // found by reading the whole collection
            assertThat(held.containsKey("status")).isFalse();

            held = collection.stored("k1");
            classes.updateOne(eq("_id", "k1"), push("outbox", new Document("eventId", "e2")));
            classes.updateOne(and(eq("_id", "k1"), eq("nominations.traineeId", "t1")), set("nominations.$.status", "ENROLLED"));
            classes.updateOne(eq("_id", "k1"), set("plan.capacity", 30));
            assertThat((List<?>) held.get("outbox")).as("a list the update added to").isEmpty();
            assertThat(((de.bwaldvogel.mongo.bson.Document) ((List<?>) held.get("nominations")).get(0)).get("status"))
                    .as("an entry of a list the update changed").isEqualTo("NOMINATED");
            assertThat(((de.bwaldvogel.mongo.bson.Document) held.get("plan")).get("capacity")).isEqualTo(20);
            Document changed = classes.find(eq("_id", "k1")).first();
            assertThat(changed.getList("outbox", Document.class)).extracting(e -> e.getString("eventId")).containsExactly("e2");
            assertThat(changed.getList("nominations", Document.class).get(0).getString("status")).isEqualTo("ENROLLED");
            assertThat(changed.get("plan", Document.class).getInteger("capacity")).isEqualTo(30);

            held = collection.stored("k1");
            Object heldRoster = held.get("nominations");
            classes.replaceOne(and(eq("_id", "k1"), eq("version", 1L)), new Document("_id", "k1").append("version", 2L)
                    .append("nominations", List.of()));  // as a versioned save writes it
            assertThat((List<?>) heldRoster).as("the roster of a document replaced").hasSize(1);
            assertThat(held.get("version")).isEqualTo(1L);

            Document now = classes.find(eq("_id", "k1")).first();
            assertThat(now.getLong("version")).isEqualTo(2L);
            assertThat(now.getList("nominations", Document.class)).isEmpty();
            assertThat(now.containsKey("title")).as("a replaced document keeps only what replaced it").isFalse();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aReplacementAnswersAsMongoDbDoes() {
        onFreshStore("trainees", trainees -> {
            trainees.createIndex(Indexes.ascending("personnelCode"), new IndexOptions().unique(true));
            trainees.createIndex(Indexes.ascending("agencyId"));
            trainees.insertOne(new Document("_id", "t1").append("version", 0L).append("personnelCode", "HN-1").append("agencyId", "hanoi"));
            trainees.insertOne(new Document("_id", "t2").append("version", 0L).append("personnelCode", "HN-2").append("agencyId", "hanoi"));

            UpdateResult same = trainees.replaceOne(eq("_id", "t1"), new Document("version", 0L).append("personnelCode", "HN-1").append("agencyId", "hanoi"));
            assertThat(same.getMatchedCount()).isEqualTo(1);
            assertThat(same.getModifiedCount()).as("nothing changed").isZero();

            UpdateResult stale = trainees.replaceOne(and(eq("_id", "t1"), eq("version", 5L)), new Document("version", 6L));
            assertThat(stale.getMatchedCount()).as("a save under an old version").isZero();

            assertThatThrownBy(() -> trainees.replaceOne(eq("_id", "t1"), new Document("_id", "t9").append("version", 1L)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("immutable");
            assertThatThrownBy(() -> trainees.replaceOne(eq("_id", "t1"), new Document("version", 1L).append("personnelCode", "HN-2")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(trainees.find(eq("_id", "t1")).first()).as("unchanged by the refused replacements")
                    .containsEntry("version", 0L).containsEntry("personnelCode", "HN-1");

            UpdateResult moved = trainees.replaceOne(and(eq("_id", "t1"), eq("version", 0L)),
                    new Document("_id", "t1").append("version", 1L).append("personnelCode", "HCM-1").append("agencyId", "hcmc"));
            assertThat(moved.getModifiedCount()).isEqualTo(1);
            assertThat(trainees.find(eq("agencyId", "hanoi")).map(d -> d.getString("_id"))).containsExactly("t2");
            assertThat(trainees.find(eq("agencyId", "hcmc")).map(d -> d.getString("_id"))).containsExactly("t1");
            assertThat(trainees.find(eq("personnelCode", "HN-1")).first()).as("the old unique key is free").isNull();
            trainees.insertOne(new Document("_id", "t3").append("personnelCode", "HN-1"));

            UpdateResult upserted = trainees.replaceOne(eq("_id", "t4"), new Document("personnelCode", "HN-4"), new ReplaceOptions().upsert(true));
            assertThat(upserted.getUpsertedId()).isNotNull();
            assertThat(trainees.find(eq("_id", "t4")).first()).containsEntry("personnelCode", "HN-4");
            assertThat(trainees.replaceOne(eq("_id", "t5"), new Document("personnelCode", "HN-5")).getMatchedCount()).isZero();
            assertThat(trainees.countDocuments()).isEqualTo(4);
        });
    }

    @Test
    void anUpdateWithOperatorsChangesTheFieldsItNamesAndLeavesTheOthersInTheirOrderWithTheIndexesFollowing() {
        onFreshStore("classes", classes -> {
            classes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            classes.createIndex(Indexes.ascending("plan.venue"));
            classes.insertOne(new Document("_id", "k1").append("version", 0L).append("code", "L2").append("title", "Lớp 2")
                    .append("nominations", List.of(new Document("traineeId", "t1").append("status", "NOMINATED"),
                            new Document("traineeId", "t2").append("status", "NOMINATED")))
                    .append("outbox", List.of(new Document("eventId", "e1"), new Document("eventId", "e2")))
                    .append("plan", new Document("venue", "Hội trường A").append("capacity", 20)));
            classes.insertOne(new Document("_id", "k2").append("version", 0L).append("code", "L3").append("title", "Lớp 3"));
            UpdateResult relayed = classes.updateOne(eq("_id", "k1"),
                    combine(pull("outbox", new Document("eventId", new Document("$in", List.of("e1")))), inc("version", 1L)));
            assertThat(relayed.getModifiedCount()).isEqualTo(1);
            Document afterRelay = classes.find(eq("_id", "k1")).first();
            assertThat(afterRelay.keySet()).containsExactly("_id", "version", "code", "title", "nominations", "outbox", "plan");
            assertThat(afterRelay.getList("outbox", Document.class)).extracting(e -> e.getString("eventId")).containsExactly("e2");
            assertThat(afterRelay.getLong("version")).isEqualTo(1L);

            // the positional operator, found through a field the selector names and the update does not
            classes.updateOne(and(eq("_id", "k1"), eq("nominations.traineeId", "t2")), set("nominations.$.status", "ENROLLED"));
            assertThat(classes.find(eq("_id", "k1")).first().getList("nominations", Document.class))
                    .extracting(n -> n.getString("status")).containsExactly("NOMINATED", "ENROLLED");

            classes.updateOne(eq("_id", "k1"), combine(unset("title"), set("status", "OPEN"), rename("code", "classCode")));
            Document renamed = classes.find(eq("_id", "k1")).first();
            assertThat(renamed.keySet()).containsExactly("_id", "version", "nominations", "outbox", "plan", "status", "classCode");
            assertThat(renamed.getString("classCode")).isEqualTo("L2");
            assertThat(classes.find(eq("code", "L2")).first()).as("the unique index, moved with the renamed field").isNull();

            classes.updateOne(eq("_id", "k1"), set("code", "L3b"));
            assertThatThrownBy(() -> classes.updateOne(eq("_id", "k2"), set("code", "L3b")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            classes.updateOne(eq("_id", "k1"), set("plan.venue", "Hội trường B"));
            assertThat(classes.find(eq("plan.venue", "Hội trường B")).map(d -> d.getString("_id"))).containsExactly("k1");
            assertThat(classes.find(eq("plan.venue", "Hội trường A")).first()).as("the index on a nested field").isNull();

            UpdateResult many = classes.updateMany(or(eq("title", "Lớp 3"), eq("status", "OPEN")), inc("version", 1L));
            assertThat(many.getModifiedCount()).isEqualTo(2);
            assertThat(classes.find().map(d -> d.getString("_id") + ":" + d.getLong("version")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("k1:2", "k2:1");
            assertThat(classes.find(eq("_id", "k2")).first().keySet()).containsExactly("_id", "version", "code", "title");
        });
    }

    /** Runs a test on a collection of a fresh store, in memory. */
    private static void onFreshStore(String collection, Consumer<MongoCollection<Document>> test) {
        MongoServer server = new MongoServer(IndexedH2Backend.inMemoryOnly());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            test.accept(client.getDatabase("test").getCollection(collection));
        } finally {
            server.shutdownNow();
        }
    }
}
