package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-sided bound on an index's first field is served from the values filed: the candidates are the
 * documents that hold a value within it, not the collection. (That every answer equals a scan's is
 * {@link EmbeddedMongoIndexesTest}'s.)
 */
class SecondaryIndexTest {

    private static final long NOW = 1_700_000_000_000L;

    @Test
    void aSweepForOldEventsReadsOnlyTheDocumentsHoldingOldOnes() {
        SecondaryIndex<String> index = new SecondaryIndex<>("outbox.time_1", List.of(new IndexKey("outbox.time", true)), false);
        for (int i = 0; i < 1_000; i++) {
            index.add(new Document("_id", "published-" + i).append("outbox", List.of()), "published-" + i, null);
        }
        index.add(new Document("_id", "left-behind").append("outbox", List.of(event(-60), event(-1))), "left-behind", null);
        index.add(new Document("_id", "just-saved").append("outbox", List.of(event(-1))), "just-saved", null);
        index.add(new Document("_id", "no-outbox"), "no-outbox", null);

        Document sweep = new Document("outbox.time", new Document("$lt", Instant.ofEpochMilli(NOW - 2_000)));
        assertThat(index.canHandle(sweep)).isTrue();
        assertThat(positions(index, sweep)).containsExactly("left-behind");
        assertThat(positions(index, new Document("outbox.time", new Document("$gte", Instant.ofEpochMilli(NOW - 2_000)))))
                .containsExactlyInAnyOrder("left-behind", "just-saved");

        assertThat(index.canHandle(new Document("outbox.time", new Document("$lt", "yesterday")))).isFalse();
        assertThat(index.canHandle(new Document("outbox.time", new Document("$gt", Instant.EPOCH).append("$lt", Instant.ofEpochMilli(NOW)))))
                .as("two bounds on an array are met by any two of its elements: a scan decides").isFalse();
    }

    private static Document event(int secondsFromNow) {
        return new Document("time", Instant.ofEpochMilli(NOW + secondsFromNow * 1_000L)); // dates as the store holds them
    }

    private static List<String> positions(SecondaryIndex<String> index, Document query) {
        List<String> positions = new ArrayList<>();
        index.getPositions(query).forEach(positions::add);
        return positions;
    }
}
