package org.trainingplatform.notification.channel;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generic HTTP SMS adapter: {@code POST <url>} with a bearer API key and
 * {@code {"to", "text", "sender", "clientReference"}}; any 2xx answer means accepted. The message's
 * reference travels as {@code clientReference}, so a gateway that deduplicates by it (as the
 * platform's does) accepts a message sent again after a crash only once.
 */
class HttpSmsProvider implements Provider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR_LENGTH = 200;

    private final SmsSettings settings;
    private final HttpClient client;

    HttpSmsProvider(SmsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    @Override
    public Delivery deliver(Outgoing outgoing) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", outgoing.to());
        body.put("text", outgoing.text());
        body.put("sender", settings.sender());
        body.put("clientReference", outgoing.reference());
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.readTimeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailableException("The SMS gateway " + settings.url() + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("Interrupted while calling the SMS gateway", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return new Delivery(field(response.body(), "messageId"));
        }
        String answer = "The SMS gateway answered HTTP " + status + errorOf(response.body());
        if (status == 400 || status == 404 || status == 413 || status == 422) {
            throw new RejectedException(answer);
        }
        throw new ProviderUnavailableException(status == 401 || status == 403
                ? answer + " (check the API key)" : answer);
    }

    private static String errorOf(String body) {
        String error = field(body, "error");
        String detail = error != null ? error : body == null ? "" : body.strip();
        if (detail.isEmpty()) {
            return "";
        }
        return ": " + (detail.length() > MAX_ERROR_LENGTH ? detail.substring(0, MAX_ERROR_LENGTH) + "…" : detail);
    }

    private static String field(String json, String name) {
        try {
            JsonNode value = JSON.readTree(json).path(name);
            return value.isValueNode() ? value.asString() : null;
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }
}
