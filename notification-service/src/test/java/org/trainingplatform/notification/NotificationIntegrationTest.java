package org.trainingplatform.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trainingplatform.notification.channel.ProviderFactory;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.StoreCommands;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service against the real (embedded) broker and database, the platform's SMTP server and
 * SMS gateway simulator. Every test class extends this one, so that they share one application context.
 */
@PlatformIntegrationTest
@ActiveProfiles("test")
@Import(NotificationIntegrationTest.TestChannelsConfiguration.class)
abstract class NotificationIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final StoreCommands STORE = new StoreCommands();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    /** Publishes any service's event as its producer does. */
    EventProducer events;

    @DynamicPropertySource
    static void platformChannels(DynamicPropertyRegistry registry) {
        registry.add("SMTP_HOST", () -> "localhost");
        registry.add("SMTP_PORT", TestChannels::smtpPort);
        registry.add("SMS_GATEWAY_URL", TestChannels::smsGatewayUrl);
    }

    @BeforeEach
    void connect() {
        events = new EventProducer(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    Http as(String agencyId) {
        return Http.at(port).as(agencyId);
    }

    /** The messages to a trainee, as their agency reads them. */
    List<JsonNode> messagesOf(String agencyId, String traineeId) {
        HttpResponse<String> response = as(agencyId).get("/api/trainees/" + traineeId + "/messages");
        if (response.statusCode() == 404) {
            return List.of();
        }
        return StreamSupport.stream(expect(response, 200).spliterator(), false).toList();
    }

    /** Waits until the trainee's message on the channel has the status, and returns it. */
    JsonNode awaitMessage(String agencyId, String traineeId, String channel, String status) {
        return await().atMost(PATIENCE).until(() -> messagesOf(agencyId, traineeId).stream()
                .filter(m -> m.get("channel").asString().equals(channel)).findFirst().orElse(null),
                m -> m != null && m.get("status").asString().equals(status));
    }

    static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestChannelsConfiguration {

        @Bean
        @Primary
        Clock testClock() {
            return new TestClock();
        }

        @Bean
        @Primary
        ProviderFactory crashingProviderFactory(Clock testClock) {
            return new CrashingProviderFactory(testClock);
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeReads() {
            return settings -> settings.addCommandListener(STORE);
        }
    }
}
