package org.trainingplatform.support.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TestTokens;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class WebBaselineIT {

    @LocalServerPort
    int port;
    @Autowired
    TicketRepository tickets;
    @Autowired
    JwtDecoder decoder;

    @Test
    void aRequestWithoutAValidTokenIsUnauthorised() {
        HttpResponse<String> none = Http.at(port).get("/tickets/any");
        HttpResponse<String> forged = Http.at(port).withToken(forgedToken()).get("/tickets/any");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.body()).contains("\"code\":\"unauthenticated\"");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void theServicesDecoderRemembersTheTokensItAccepted() {
        assertThat(decoder.getClass().getSimpleName()).isEqualTo("RememberedTokens");
    }

    @Test
    void aTokenWithoutAnAgencyIsForbidden() {
        assertThat(Http.at(port).withToken(TestTokens.withoutAgency()).get("/tickets/any").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherAgencysRecordIsNotFoundAndLooksLikeOneThatDoesNotExist() {
        String id = created(Http.at(port).as("hanoi-home-affairs").post("/tickets", ticket("Lớp 1")));

        HttpResponse<String> own = Http.at(port).as("hanoi-home-affairs").get("/tickets/" + id);
        HttpResponse<String> other = Http.at(port).as("tien-giang-construction").get("/tickets/" + id);
        HttpResponse<String> missing = Http.at(port).as("tien-giang-construction").get("/tickets/" + UUID.randomUUID());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.body()).contains("\"status\":404").doesNotContain("Lớp 1");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void invalidFieldsAreReportedOneByOneAndNothingIsSaved() {
        long before = tickets.count();
        var api = Http.at(port).as("hanoi-home-affairs");

        HttpResponse<String> missing = api.post("/tickets", "{\"seats\":0}");
        HttpResponse<String> wrongType = api.post("/tickets", "{\"name\":\"A\",\"seats\":\"many\",\"kind\":\"LECTURE\"}");
        HttpResponse<String> unknownEnum = api.post("/tickets", "{\"name\":\"A\",\"seats\":1,\"kind\":\"PARTY\"}");
        HttpResponse<String> notJson = api.post("/tickets", "{\"name\":");
        HttpResponse<String> tooLarge = api.post("/tickets", ticket("x".repeat(2 * 1024 * 1024)));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"name\"", "\"field\":\"seats\"", "\"field\":\"kind\"");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"seats\"", "must be a whole number");
        assertThat(unknownEnum.statusCode()).isEqualTo(400);
        assertThat(unknownEnum.body()).contains("\"field\":\"kind\"", "one of [LECTURE, SEMINAR]");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not valid JSON");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tickets.count()).isEqualTo(before);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyRunsOnce() {
        long before = tickets.count();
        String key = UUID.randomUUID().toString();
        var api = Http.at(port).as("hanoi-home-affairs").header("Idempotency-Key", key);

        HttpResponse<String> first = api.post("/tickets", ticket("Lớp bồi dưỡng"));
        HttpResponse<String> retry = api.post("/tickets", ticket("Lớp bồi dưỡng"));
        HttpResponse<String> different = api.post("/tickets", ticket("Lớp khác"));
        HttpResponse<String> otherAgency = Http.at(port).as("academy-construction").header("Idempotency-Key", key)
                .post("/tickets", ticket("Lớp bồi dưỡng"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(otherAgency.statusCode()).isEqualTo(201);
        assertThat(tickets.count()).isEqualTo(before + 2);
    }

    @Test
    void healthAndMetricsAreOpenToOperations() {
        assertThat(Http.at(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = Http.at(port).get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("outbox_relay_due");
    }

    private static String ticket(String name) {
        return "{\"name\":\"" + name + "\",\"seats\":30,\"kind\":\"LECTURE\"}";
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String forgedToken() {
        String genuine = TestTokens.forAgency("hanoi-home-affairs");
        return genuine.substring(0, genuine.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    }
}
