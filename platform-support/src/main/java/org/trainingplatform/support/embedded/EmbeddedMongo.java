package org.trainingplatform.support.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server speaking the MongoDB wire protocol in this JVM: backed by an H2 file (records survive a
 * restart) or by memory (for tests). It has no multi-document transactions, which is why the
 * platform never needs them.
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

    private final MongoServer server;
    private final MongoBackend backend;
    private final int port;

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
        return new EmbeddedMongo(IndexedH2Backend.onFile(file.toAbsolutePath().toString()), port).start();
    }

    /** A server whose data lives in memory only; port 0 picks a free port. */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(IndexedH2Backend.inMemoryOnly(), port).start();
    }

    private EmbeddedMongo start() {
        server.bind("localhost", port);
        return this;
    }

    public String connectionString() {
        return "mongodb://localhost:" + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
