package org.trainingplatform.support.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded store writes to its file is read back as it was, and so is what earlier versions wrote. */
class EmbeddedMongoFileTest {

    @Test
    void documentsOfEveryKindOfValueSurviveAReopening(@TempDir Path folder) {
        Path file = folder.resolve("store.mv");
        List<Document> written = documents();
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            classes(client).insertMany(written);
            classes(client).updateOne(Filters.eq("_id", "class-1"), Updates.push("nominations", new Document("traineeId", "t-3")));
            written.get(0).getList("nominations", Document.class).add(new Document("traineeId", "t-3"));
        }
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(classes(client).find().sort(new Document("_id", 1)).into(new ArrayList<>())).isEqualTo(written);
        }
    }

    @Test
    void aFileWrittenWithJavaSerialisationByTheWireServersOwnBackendIsRead(@TempDir Path folder) {
        Path file = folder.resolve("store.mv");
        List<Document> written = documents();
        H2Backend earlier = new H2Backend(file.toString());
        MongoServer server = new MongoServer(earlier);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            classes(client).insertMany(written);
        } finally {
            server.shutdown();
            earlier.close();
        }
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(classes(client).find().sort(new Document("_id", 1)).into(new ArrayList<>())).isEqualTo(written);
            classes(client).updateOne(Filters.eq("_id", "class-2"), Updates.set("status", "CLOSED"));
        }
        try (EmbeddedMongo store = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(classes(client).find(Filters.eq("_id", "class-2")).first()).containsEntry("status", "CLOSED");
            assertThat(classes(client).find(Filters.eq("_id", "class-1")).first()).isEqualTo(written.get(0));
        }
    }

    private static MongoCollection<Document> classes(MongoClient client) {
        return client.getDatabase("enrolment").getCollection("classes");
    }

    private static List<Document> documents() {
        List<Document> nominations = new ArrayList<>(List.of(
                new Document("traineeId", "t-1").append("status", "ENROLLED").append("at", new Date(1_700_000_000_000L)),
                new Document("traineeId", "t-2").append("status", "WAITLISTED").append("sequence", 7L)));
        return new ArrayList<>(List.of(
                new Document("_id", "class-1").append("title", "Lớp bồi dưỡng Bí thư quận ủy").append("capacity", 256)
                        .append("version", 3L).append("score", 8.75).append("open", true).append("note", null)
                        .append("fee", new Decimal128(new BigDecimal("1250000.50"))).append("ref", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                        .append("photo", new Binary(new byte[]{1, 2, 3})).append("targets", List.of("Bí thư", "Phó Bí thư"))
                        .append("quotas", new Document("ba-dinh", 90).append("dong-da", 83)).append("nominations", nominations),
                new Document("_id", "class-2").append("title", "Lớp 2").append("status", "OPEN")));
    }
}
