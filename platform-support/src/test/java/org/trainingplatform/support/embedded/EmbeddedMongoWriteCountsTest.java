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

/** The embedded store reports the writes it carried out in serverStatus, as MongoDB's opcounters do. */
class EmbeddedMongoWriteCountsTest {

    @Test
    void serverStatusCountsInsertedDocumentsAndUpdateAndDeleteStatements() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory(0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> classes = client.getDatabase("test").getCollection("classes");
            Document before = opcounters(client);

            classes.insertMany(List.of(new Document("_id", "a").append("seats", 0), new Document("_id", "b").append("seats", 0)));
            classes.insertOne(new Document("_id", "c").append("seats", 0));
            classes.updateOne(Filters.eq("_id", "a"), Updates.inc("seats", 1));
            classes.findOneAndUpdate(Filters.and(Filters.eq("_id", "b"), Filters.lt("seats", 1)), Updates.inc("seats", 1));
            classes.deleteOne(Filters.eq("_id", "c"));
            classes.find().into(new java.util.ArrayList<>());

            Document after = opcounters(client);
            assertThat(after.getLong("insert") - before.getLong("insert")).isEqualTo(3);
            assertThat(after.getLong("update") - before.getLong("update")).isEqualTo(2);
            assertThat(after.getLong("delete") - before.getLong("delete")).isEqualTo(1);
        }
    }

    private static Document opcounters(MongoClient client) {
        return client.getDatabase("admin").runCommand(new Document("serverStatus", 1)).get("opcounters", Document.class);
    }
}
