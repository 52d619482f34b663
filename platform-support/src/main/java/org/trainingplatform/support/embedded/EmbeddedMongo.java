package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server speaking the MongoDB wire protocol in this JVM: backed by an H2 file (records survive a
 * restart) or by memory (for tests). It has no multi-document transactions, which is why the
 * platform never needs them. Like MongoDB, it removes expired documents of TTL indexes once a minute.
 */
public final class EmbeddedMongo implements AutoCloseable {

    static {
        // the wire server reads and writes every document through Netty buffers, which otherwise check the
        // buffer's reference count and bounds at every byte (a tenth of the store's CPU under load)
        for (String check : new String[]{"io.netty.buffer.checkAccessible", "io.netty.buffer.checkBounds"}) {
            if (System.getProperty(check) == null) {
                System.setProperty(check, "false");
            }
        }
    }

    private static final Duration TTL_PASSES = Duration.ofSeconds(60);

    private final MongoServer server;
    private final MongoBackend backend;
    private final int port;
    private TtlMonitor ttlMonitor;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        this.port = port;
    }

    /** A server whose data lives in {@code file}. */
    public static EmbeddedMongo onFile(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMongo(IndexedH2Backend.onFile(file.toAbsolutePath().toString()), port).start(TTL_PASSES);
    }

    /** A server whose data lives in memory only; port 0 picks a free port. */
    public static EmbeddedMongo inMemory(int port) {
        return inMemory(port, TTL_PASSES);
    }

    /** In memory, removing expired documents at every {@code ttlPasses}. */
    static EmbeddedMongo inMemory(int port, Duration ttlPasses) {
        return new EmbeddedMongo(IndexedH2Backend.inMemoryOnly(), port).start(ttlPasses);
    }

    private EmbeddedMongo start(Duration ttlPasses) {
        server.bind("localhost", port);
        ttlMonitor = new TtlMonitor(connectionString(), ttlPasses);
        return this;
    }

    public String connectionString() {
        return "mongodb://localhost:" + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        ttlMonitor.close();
        server.shutdown();
        backend.close();
    }
}
