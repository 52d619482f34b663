package org.trainingplatform.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The platform's HTTP APIs, called with real tokens from its authorization server, one per agency. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Its threads do not hold the run's end up for the minute an idle pooled thread lives. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .executor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "api-client");
                thread.setDaemon(true);
                return thread;
            }))
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final LocalPlatform platform;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(LocalPlatform platform) {
        this.platform = platform;
    }

    JsonNode call(String agency, String method, String service, String path, String contentType, String body, int expected) {
        HttpResponse<String> response = send(request(agency, method, service, path, contentType, body));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    JsonNode json(String agency, String method, String service, String path, Object body, int expected) {
        return call(agency, method, service, path, "application/json",
                body instanceof String text ? text : JSON.writeValueAsString(body), expected);
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String agency, String method, String service, String path, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(platform.url(service + "-port") + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(agency));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, UTF_8)).build();
    }

    JsonNode get(String server, String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(platform.url(server + "-port") + path)).build()).body());
    }

    private String token(String agency) {
        return tokens.computeIfAbsent(agency, id -> {
            String basic = Base64.getEncoder().encodeToString((id + ":" + id + "-secret").getBytes(UTF_8));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.url("auth-port") + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=platform")).build());
            return JSON.readTree(response.body()).get("access_token").asString();
        });
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
