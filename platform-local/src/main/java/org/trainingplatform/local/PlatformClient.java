package org.trainingplatform.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Calls the platform's public APIs as one agency's system does: a client-credentials token from the
 * authorization server, then JSON over HTTP. Any answer other than the expected one is an error.
 */
final class PlatformClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalPlatformSettings settings;
    private final String token;

    private PlatformClient(LocalPlatformSettings settings, String token) {
        this.settings = settings;
        this.token = token;
    }

    static PlatformClient as(LocalPlatformSettings settings, DemoAgency agency) {
        String basic = Base64.getEncoder().encodeToString((agency.id() + ":" + agency.secret()).getBytes(UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(DemoAgency.SCOPE, UTF_8)))
                .build();
        return new PlatformClient(settings, send(request, 200).get("access_token").asString());
    }

    JsonNode get(PlatformService service, String path) {
        return send(request(service, path).GET().build(), 200);
    }

    JsonNode post(PlatformService service, String path, Object body, int expected) {
        return send(request(service, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)))
                .build(), expected);
    }

    JsonNode put(PlatformService service, String path, Object body) {
        return send(request(service, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), 200);
    }

    JsonNode postCsv(PlatformService service, String path, String csv) {
        return send(request(service, path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, UTF_8)).build(), 200);
    }

    /** Polls a read until it shows what the events should have brought (services learn from each other asynchronously). */
    JsonNode await(PlatformService service, String path, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> response = raw(request(service, path).GET().build());
            if (response.statusCode() == 200) {
                JsonNode body = JSON.readTree(response.body());
                if (until.test(body)) {
                    return body;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.id() + path + " did not show the expected data in time: " + response.body());
            }
            pause();
        }
    }

    private HttpRequest.Builder request(PlatformService service, String path) {
        return HttpRequest.newBuilder(URI.create(settings.serviceUrl(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static JsonNode send(HttpRequest request, int expected) {
        HttpResponse<String> response = raw(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static HttpResponse<String> raw(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
