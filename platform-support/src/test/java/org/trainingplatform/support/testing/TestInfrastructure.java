package org.trainingplatform.support.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.trainingplatform.support.embedded.EmbeddedKafkaBroker;
import org.trainingplatform.support.embedded.EmbeddedMongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

/**
 * The broker and the database the integration tests run against, started once per test JVM: the
 * embedded ones by default, or containers when {@code platform.test.infra=containers} and Docker is
 * available. The embedded ones live as long as the JVM: they are not stopped when it exits, since the
 * application contexts close at that moment too, and a context whose broker had gone first waited for its
 * Kafka clients' close timeouts (the test JVM was then killed 30 s later).
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "platform.test.infra";

    private static EmbeddedKafkaBroker embeddedKafka;
    private static EmbeddedMongo embeddedMongo;
    private static KafkaContainer kafkaContainer;
    private static MongoDBContainer mongoContainer;

    private TestInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers(boolean containers) {
        if (containers) {
            if (kafkaContainer == null) {
                kafkaContainer = new KafkaContainer("apache/kafka:4.1.1");
                kafkaContainer.start();
            }
            return kafkaContainer.getBootstrapServers();
        }
        return embeddedKafka().bootstrapServers();
    }

    public static synchronized String mongoUri(boolean containers) {
        if (containers) {
            if (mongoContainer == null) {
                mongoContainer = new MongoDBContainer("mongo:8.0");
                mongoContainer.start();
            }
            return mongoContainer.getConnectionString();
        }
        if (embeddedMongo == null) {
            embeddedMongo = EmbeddedMongo.inMemory(0);
        }
        return embeddedMongo.connectionString();
    }

    /** The embedded broker, which a test may stop and start again to show what an outage does. */
    public static synchronized EmbeddedKafkaBroker embeddedKafka() {
        if (embeddedKafka == null) {
            try {
                embeddedKafka = new EmbeddedKafkaBroker(Files.createTempDirectory("kafka-test"), freePort(), freePort())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embeddedKafka;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
