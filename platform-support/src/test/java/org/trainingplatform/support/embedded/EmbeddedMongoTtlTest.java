package org.trainingplatform.support.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded store removes what a TTL index says has expired, as MongoDB's TTL monitor does. */
class EmbeddedMongoTtlTest {

    @Test
    void documentsOlderThanTheirTtlIndexSaysAreRemovedAndNoOthers() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory(0, Duration.ofMillis(100));
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> expiring = client.getDatabase("a").getCollection("expiring");
            expiring.createIndex(Indexes.ascending("handledAt"), new IndexOptions().expireAfter(60L, TimeUnit.SECONDS));
            MongoCollection<Document> kept = client.getDatabase("b").getCollection("kept");
            kept.createIndex(Indexes.ascending("handledAt"));
            Date longAgo = Date.from(Instant.now().minusSeconds(120));
            Date now = new Date();
            expiring.insertMany(List.of(
                    new Document("_id", "old").append("handledAt", longAgo),
                    new Document("_id", "new").append("handledAt", now),
                    new Document("_id", "old in a list").append("handledAt", List.of(now, longAgo)),
                    new Document("_id", "not a date").append("handledAt", "2020-01-01"),
                    new Document("_id", "without the field")));
            kept.insertOne(new Document("_id", "old").append("handledAt", longAgo));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(ids(expiring)).containsExactlyInAnyOrder("new", "not a date", "without the field"));
            assertThat(ids(kept)).containsExactly("old");
        }
    }

    private static List<String> ids(MongoCollection<Document> collection) {
        return collection.find().map(document -> document.getString("_id")).into(new ArrayList<>());
    }
}
