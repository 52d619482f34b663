package org.trainingplatform.support.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SmsGatewaySimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SmsGatewaySimulator gateway = SmsGatewaySimulator.start(0);

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void acceptsAMessageAndCountsItsSegments() throws Exception {
        HttpResponse<String> response = post("/api/sms", "key-1", """
                {"to":"+84912345678","text":"Lớp bồi dưỡng khai giảng ngày 2/3","sender":"SoNoiVu","clientReference":"r-1"}""");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = WebEndpoint.JSON.readTree(response.body());
        assertThat(body.path("segments").asInt()).isEqualTo(1);
        assertThat(gateway.messages()).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(body.path("messageId").asString());
            assertThat(message.apiKey()).isEqualTo("key-1");
            assertThat(message.encoding()).isEqualTo("UCS-2");
            assertThat(message.text()).isEqualTo("Lớp bồi dưỡng khai giảng ngày 2/3");
        });
    }

    @Test
    void aRepeatedClientReferenceIsAcceptedOnce() throws Exception {
        String sms = """
                {"to":"+84912345678","text":"Reminder","clientReference":"r-2"}""";
        String first = post("/api/sms", "key", sms).body();
        String second = post("/api/sms", "key", sms).body();

        assertThat(second).isEqualTo(first);
        assertThat(gateway.messages()).hasSize(1);
        assertThat(get("/api/sms").body()).contains("r-2");
    }

    @Test
    void theListCanBeAskedForOnlyWhatArrivedSinceAGivenTime() throws Exception {
        post("/api/sms", "key", "{\"to\":\"+84912345678\",\"text\":\"first\",\"clientReference\":\"r-3\"}");
        java.time.Instant between = gateway.messages().get(0).receivedAt();
        org.awaitility.Awaitility.await().until(() -> java.time.Instant.now().isAfter(between));
        post("/api/sms", "key", "{\"to\":\"+84912345678\",\"text\":\"second\",\"clientReference\":\"r-4\"}");

        assertThat(get("/api/sms?since=" + between).body()).contains("second").doesNotContain("first");
        assertThat(get("/api/sms?since=nonsense").body()).contains("first", "second");
    }

    @Test
    void refusesMessagesWithoutAnApiKeyOrANumber() throws Exception {
        assertThat(post("/api/sms", null, "{\"to\":\"+84912345678\",\"text\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(post("/api/sms", "key", "{\"to\":\"nobody\",\"text\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/sms", "key", "not json").statusCode()).isEqualTo(400);
        assertThat(gateway.messages()).isEmpty();
    }

    @Test
    void answers503DuringASimulatedOutage() throws Exception {
        String sms = "{\"to\":\"+84912345678\",\"text\":\"x\"}";
        post("/api/outage", null, "{\"down\":true}");
        assertThat(post("/api/sms", "key", sms).statusCode()).isEqualTo(503);

        post("/api/outage", null, "{\"down\":false}");
        assertThat(post("/api/sms", "key", sms).statusCode()).isEqualTo(202);
        assertThat(gateway.messages()).hasSize(1);
    }

    @Test
    void showsTheMessagesOnAPage() throws Exception {
        post("/api/sms", "key", "{\"to\":\"+84912345678\",\"text\":\"Chào <anh> Nguyễn\"}");

        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("+84912345678", "Chào &lt;anh&gt; Nguyễn");
    }

    private HttpResponse<String> post(String path, String apiKey, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
