package org.trainingplatform.support.embedded;

import com.sun.net.httpserver.HttpExchange;
import org.trainingplatform.support.sms.SmsSegments;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An SMS gateway as a provider would offer it, for local runs and tests: {@code POST /api/sms} with
 * a bearer API key (any key is accepted and remembered) and {@code {"to", "text", "sender",
 * "clientReference"}} answers 202 with the message id and the number of segments billed; a repeated
 * client reference is accepted once. {@code GET /api/sms} lists the messages as JSON (newest first),
 * {@code GET /} as a page, and {@code POST /api/outage} with {@code {"down": true}} makes the
 * gateway answer 503 until it is called again with {@code false}.
 */
public final class SmsGatewaySimulator implements AutoCloseable {

    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9]{8,15}");

    private final List<SmsMessage> messages = new ArrayList<>();
    private final Map<String, SmsMessage> byClientReference = new HashMap<>();
    private final WebEndpoint endpoint;
    private volatile boolean down;

    private SmsGatewaySimulator(int port) {
        this.endpoint = WebEndpoint.start("sms-gateway", port, Map.of(
                "/api/sms", this::sms,
                "/api/outage", this::outage,
                "/", this::page));
    }

    /** Starts the simulator on {@code localhost:port}; port 0 picks a free port. */
    public static SmsGatewaySimulator start(int port) {
        return new SmsGatewaySimulator(port);
    }

    public int port() {
        return endpoint.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The accepted messages, newest first. */
    public synchronized List<SmsMessage> messages() {
        List<SmsMessage> newestFirst = new ArrayList<>(messages);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** While down, every message is refused with 503 Service Unavailable. */
    public void simulateOutage(boolean down) {
        this.down = down;
    }

    public boolean isDown() {
        return down;
    }

    public synchronized void clear() {
        messages.clear();
        byClientReference.clear();
    }

    @Override
    public void close() {
        endpoint.close();
    }

    private synchronized SmsMessage accept(String apiKey, String to, String text, String sender, String clientReference) {
        SmsMessage earlier = clientReference == null ? null : byClientReference.get(clientReference);
        if (earlier != null) {
            return earlier;
        }
        SmsSegments segments = SmsSegments.of(text);
        SmsMessage message = new SmsMessage(UUID.randomUUID().toString(), to, text, sender, clientReference, apiKey,
                segments.count(), segments.encoding().label(), Instant.now());
        messages.add(message);
        if (clientReference != null) {
            byClientReference.put(clientReference, message);
        }
        return message;
    }

    private void sms(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                Instant since = WebEndpoint.since(exchange);
                WebEndpoint.json(exchange, 200, messages().stream().filter(message -> message.receivedAt().isAfter(since)).toList());
            }
            case "DELETE" -> {
                clear();
                WebEndpoint.send(exchange, 204, "text/plain", "");
            }
            case "POST" -> send(exchange);
            default -> WebEndpoint.json(exchange, 405, error("Use GET, POST or DELETE"));
        }
    }

    private void send(HttpExchange exchange) throws IOException {
        if (down) {
            WebEndpoint.json(exchange, 503, error("The gateway is unavailable"));
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String apiKey = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip() : "";
        if (apiKey.isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            WebEndpoint.json(exchange, 401, error("A bearer API key is required"));
            return;
        }
        JsonNode request;
        try {
            request = WebEndpoint.JSON.readTree(exchange.getRequestBody());
        } catch (JacksonException e) {
            WebEndpoint.json(exchange, 400, error("The body is not JSON"));
            return;
        }
        String to = text(request, "to");
        String text = text(request, "text");
        if (to == null || !PHONE_NUMBER.matcher(to).matches()) {
            WebEndpoint.json(exchange, 400, error("'to' must be a phone number such as +84912345678"));
        } else if (text == null || text.isBlank()) {
            WebEndpoint.json(exchange, 400, error("'text' must not be empty"));
        } else {
            SmsMessage message = accept(apiKey, to, text, text(request, "sender"), text(request, "clientReference"));
            WebEndpoint.json(exchange, 202, Map.of("messageId", message.messageId(), "segments", message.segments()));
        }
    }

    private void outage(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            try {
                simulateOutage(WebEndpoint.JSON.readTree(exchange.getRequestBody()).path("down").asBoolean());
            } catch (JacksonException e) {
                WebEndpoint.json(exchange, 400, error("Send {\"down\": true} or {\"down\": false}"));
                return;
            }
        }
        WebEndpoint.json(exchange, 200, Map.of("down", down));
    }

    private void page(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            WebEndpoint.send(exchange, 404, "text/plain", "Not found");
            return;
        }
        WebEndpoint.html(exchange, SmsInboxPage.render(messages(), down));
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
