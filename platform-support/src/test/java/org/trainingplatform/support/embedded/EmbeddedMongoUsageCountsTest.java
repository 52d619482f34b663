package org.trainingplatform.support.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store reports the documents it wrote, in serverStatus and per collection in top, and the queries it
 * answered, in top, as MongoDB does.
 */
class EmbeddedMongoUsageCountsTest {

    @Test
    void theStoreCountsTheDocumentsItWroteAndTheQueriesItAnswered() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory(0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> classes = client.getDatabase("test").getCollection("classes");
            Document before = documentMetrics(client);

            classes.insertMany(List.of(new Document("_id", "a").append("seats", 0), new Document("_id", "b").append("seats", 0)));
            classes.insertOne(new Document("_id", "c").append("seats", 0));
            classes.updateOne(Filters.eq("_id", "a"), Updates.inc("seats", 1));
            classes.updateOne(Filters.eq("_id", "a"), Updates.set("seats", 1)); // changes nothing
            classes.updateMany(Filters.eq("_id", "no-such-class"), Updates.set("seats", 1));
            classes.findOneAndUpdate(Filters.and(Filters.eq("_id", "b"), Filters.lt("seats", 1)), Updates.inc("seats", 1));
            classes.findOneAndUpdate(Filters.and(Filters.eq("_id", "b"), Filters.lt("seats", 1)), Updates.inc("seats", 1)); // guard holds
            classes.deleteOne(Filters.eq("_id", "c"));
            classes.deleteOne(Filters.eq("_id", "c"));
            classes.find().into(new java.util.ArrayList<>());
            classes.find(Filters.eq("_id", "a")).first();
            classes.countDocuments();
            classes.find().batchSize(1).into(new java.util.ArrayList<>()); // two documents: a query and a getmore

            Document after = documentMetrics(client);
            assertThat(after.getLong("inserted") - before.getLong("inserted")).isEqualTo(3);
            assertThat(after.getLong("updated") - before.getLong("updated")).isEqualTo(2);
            assertThat(after.getLong("deleted") - before.getLong("deleted")).isEqualTo(1);

            Document top = client.getDatabase("admin").runCommand(new Document("top", 1)).get("totals", Document.class);
            Document usage = top.get("test.classes", Document.class);
            assertThat(usage.get("insert", Document.class).getLong("count")).isEqualTo(3);
            assertThat(usage.get("update", Document.class).getLong("count")).isEqualTo(2);
            assertThat(usage.get("remove", Document.class).getLong("count")).isEqualTo(1);
            assertThat(usage.get("queries", Document.class).getLong("count")).isEqualTo(4);
            assertThat(usage.get("getmore", Document.class).getLong("count")).isGreaterThanOrEqualTo(1);
        }
    }

    private static Document documentMetrics(MongoClient client) {
        return client.getDatabase("admin").runCommand(new Document("serverStatus", 1)).get("metrics", Document.class)
                .get("document", Document.class);
    }
}
