package org.trainingplatform.notification.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a server: it counts the connections clients open and those it still relays, and
 * can drop them all, as a server does with connections it finds idle.
 */
final class ConnectionCountingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final Thread acceptor;
    private final int targetPort;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> pumps = new CopyOnWriteArrayList<>();

    ConnectionCountingRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0);
        acceptor = new Thread(this::accept, "relay-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    int connectionsOpened() {
        return opened.get();
    }

    /** The connections relayed now: opened, and neither closed by one side nor dropped. */
    int connectionsOpen() {
        return opened.get() - ended.get();
    }

    /**
     * Closes every connection relayed so far, on both sides, and waits until nothing is relayed on them any
     * more (a socket closed while a thread reads it is closed only once that thread has let go of it).
     */
    void dropConnections() {
        sockets.forEach(ConnectionCountingRelay::closeQuietly);
        sockets.clear();
        for (Thread pump : pumps) {
            try {
                pump.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        pumps.clear();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket("localhost", targetPort);
                opened.incrementAndGet();
                sockets.addAll(List.of(client, server));
                pump(client, server, ended::incrementAndGet);
                pump(server, client, () -> { });
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Runnable atEnd) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread pump = new Thread(() -> {
            try {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                atEnd.run();
            }
        }, "relay-pump");
        pump.setDaemon(true);
        pumps.add(pump);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    /**
     * Stops listening, then drops every connection. A listener closed while a thread waits in accept is
     * closed only once that thread has let go of it, and until then it still takes connections: so this
     * waits for the acceptor to end before it returns, and a client connecting after it is refused.
     */
    @Override
    public void close() throws IOException {
        listener.close();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dropConnections();
    }
}
