package org.trainingplatform.support.inbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.trainingplatform.support.embedded.EmbeddedMongo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer's record of handled events expires: the store is told how long to keep each, and told again when that changes. */
class ProcessedEventsTest {

    private EmbeddedMongo store;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void start() {
        store = EmbeddedMongo.inMemory(0);
        client = MongoClients.create(store.connectionString());
        mongo = new MongoTemplate(client, "inbox");
    }

    @AfterEach
    void stop() {
        client.close();
        store.close();
    }

    @Test
    void eachRecordIsToExpireOnceKeptForTheConfiguredTime() {
        ProcessedEvents processed = new ProcessedEvents(mongo, Duration.ofDays(30));
        processed.record("consumer", new EventMetadata("event-1", "type", "source", "subject", "agency", Instant.now(), null, -1));

        assertThat(processed.contains("consumer", "event-1")).isTrue();
        assertThat(expiryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofDays(30)));
    }

    @Test
    void aNewTimeReplacesTheOldOneAndARestartWithTheSameTimeChangesNothing() {
        new ProcessedEvents(mongo, Duration.ofDays(30));
        new ProcessedEvents(mongo, Duration.ofDays(7));
        new ProcessedEvents(mongo, Duration.ofDays(7));

        assertThat(expiryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofDays(7)));
    }

    private List<IndexInfo> expiryIndexes() {
        return mongo.indexOps(ProcessedEvents.COLLECTION).getIndexInfo().stream()
                .filter(index -> index.isIndexForFields(List.of("processedAt")))
                .toList();
    }
}
