package org.trainingplatform.support.embedded;

import java.time.Instant;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static java.nio.charset.StandardCharsets.UTF_8;

/** A small HTTP server of the JDK, for the simulators' APIs and the pages a person reads. */
final class WebEndpoint implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor;

    private WebEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves each path prefix with its handler on {@code localhost:port}; port 0 picks a free port. */
    static WebEndpoint start(String name, int port, Map<String, HttpHandler> routes) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            routes.forEach((path, handler) -> server.createContext(path, exchange -> {
                try (exchange) {
                    handler.handle(exchange);
                } catch (RuntimeException e) {
                    send(exchange, 500, "text/plain", String.valueOf(e));
                }
            }));
            ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            return new WebEndpoint(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve " + name + " on port " + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    static void html(HttpExchange exchange, String page) throws IOException {
        send(exchange, 200, "text/html", page);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * The {@code since} query parameter (an ISO instant): lists answer only what arrived after it, so
     * that a poller need not fetch everything again. {@link Instant#MIN} when absent or unreadable.
     */
    static Instant since(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("since=")) {
                    try {
                        return Instant.parse(java.net.URLDecoder.decode(parameter.substring(6), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (java.time.format.DateTimeParseException unreadable) {
                        return Instant.MIN;
                    }
                }
            }
        }
        return Instant.MIN;
    }
}
