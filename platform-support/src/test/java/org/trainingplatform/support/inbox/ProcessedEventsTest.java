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

/**
 * A consumer's record of handled events: written and read for many events at once, each event recorded once per consumer;
 * it expires: the store is told how long to keep each, and told again when that changes.
 */
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
        processed.record("consumer", List.of(event("event-1")));

        assertThat(processed.handledAmong("consumer", List.of("event-1"))).containsExactly("event-1");
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

    @Test
    void eventsAreRecordedPerConsumerAndOnesRecordedAlreadyAreLeftAsTheyAre() {
        ProcessedEvents processed = new ProcessedEvents(mongo, Duration.ofDays(30));
        processed.record("consumer", List.of(event("event-1"), event("event-2")));

        processed.record("consumer", List.of(event("event-2"), event("event-3"), event("event-1")));

        assertThat(processed.handledAmong("consumer", List.of("event-1", "event-2", "event-3", "event-4")))
                .containsExactlyInAnyOrder("event-1", "event-2", "event-3");
        assertThat(processed.handledAmong("another-consumer", List.of("event-1", "event-2"))).isEmpty();
        assertThat(mongo.getCollection(ProcessedEvents.COLLECTION).countDocuments()).isEqualTo(3);
    }

    private static EventMetadata event(String id) {
        return new EventMetadata(id, "type", "source", "subject", "agency", Instant.now(), null, -1);
    }

    private List<IndexInfo> expiryIndexes() {
        return mongo.indexOps(ProcessedEvents.COLLECTION).getIndexInfo().stream()
                .filter(index -> index.isIndexForFields(List.of("processedAt")))
                .toList();
    }
}
