package org.trainingplatform.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.embedded.SmsGatewaySimulator;
import org.trainingplatform.support.embedded.SmsMessage;
import org.trainingplatform.support.testing.TestInfrastructure;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * An agency sends through its own SMTP relay (here a second mail server, which checks credentials)
 * and its own SMS gateway (a second gateway, with the agency's API key), configured through the API
 * without any code change. Its credentials are stored sealed and never returned or logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class AgencyChannelsIT extends NotificationIntegrationTest {

    static final String RELAY_PASSWORD = "Mk-relay-" + UUID.randomUUID();
    static final String WRONG_PASSWORD = "Mk-wrong-" + UUID.randomUUID();
    static final String API_KEY = "tg-sms-key-" + UUID.randomUUID();

    static GreenMail relay;
    static SmsGatewaySimulator gateway;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CircuitBreakerRegistry circuitBreakers;
    @Autowired
    RetryRegistry retries;
    @Autowired
    RateLimiterRegistry rateLimiters;

    @BeforeAll
    static void agencysOwnProviders() {
        relay = new GreenMail(new ServerSetup(TestInfrastructure.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        relay.setUser("daotao@sxd.tiengiang.gov.vn", "daotao", RELAY_PASSWORD);
        relay.start();
        gateway = SmsGatewaySimulator.start(0);
    }

    @AfterAll
    static void stop() {
        relay.stop();
        gateway.close();
    }

    @Test
    void anAgencysMessagesGoThroughItsOwnRelayAndGatewayWithItsCredentialsWhichAreNeverShown(CapturedOutput output)
            throws Exception {
        String agency = "tien-giang-construction-" + UUID.randomUUID();
        JsonNode configured = expect(as(agency).put("/api/channels", channels(WRONG_PASSWORD)), 200);
        assertThat(configured.get("email").get("provider").asString()).isEqualTo("AGENCY");
        assertThat(configured.get("email").get("passwordConfigured").asBoolean()).isTrue();
        assertThat(configured.get("sms").get("apiKeyConfigured").asBoolean()).isTrue();
        assertThat(configured.get("smsWithoutDiacritics").asBoolean()).isTrue();

        ClassOpened klass = new ClassOpened(UUID.randomUUID().toString(), agency, "p3", "Tổng quan về đô thị thông minh",
                "Lớp bồi dưỡng kiến thức đô thị thông minh", List.of(), List.of(), List.of(), 200,
                java.time.LocalDate.of(2022, 9, 21), java.time.LocalDate.of(2022, 9, 21),
                "Hội trường Sở Xây dựng tỉnh Tiền Giang", "Asia/Ho_Chi_Minh");
        TraineeRegistered official = S1.trainee(agency, "Nguyễn Hữu Đức", "vi");
        events.publish(klass);
        events.publish(official);
        events.publish(S1.enrolled(klass, official));

        JsonNode refused = await().atMost(PATIENCE).until(() -> messagesOf(agency, official.traineeId()).stream()
                .filter(m -> m.get("channel").asString().equals("EMAIL")).findFirst().orElse(null),
                m -> m != null && m.get("attempts").size() > 0);
        assertThat(refused.get("status").asString()).isEqualTo("PENDING");
        assertThat(refused.get("attempts").get(0).get("detail").asString()).contains("refused the credentials");

        expect(as(agency).put("/api/channels", channels(RELAY_PASSWORD)), 200);

        awaitMessage(agency, official.traineeId(), "EMAIL", "SENT");
        MimeMessage mail = Arrays.stream(relay.getReceivedMessages())
                .filter(m -> recipients(m).contains(official.email())).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Xác nhận ghi danh vào Lớp bồi dưỡng kiến thức đô thị thông minh");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("daotao@sxd.tiengiang.gov.vn");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Sở Xây dựng Tiền Giang");
        assertThat(mailsTo(official.email())).isEmpty();

        JsonNode sms = awaitMessage(agency, official.traineeId(), "SMS", "SENT");
        SmsMessage received = gateway.messages().stream().filter(m -> m.to().equals(official.phone())).findFirst().orElseThrow();
        assertThat(received.apiKey()).isEqualTo(API_KEY);
        assertThat(received.sender()).isEqualTo("SXDTG");
        assertThat(received.text()).startsWith("Ong/ba Nguyen Huu Duc da duoc ghi danh vao Lop boi duong kien thuc do thi thong minh");
        assertThat(received.encoding()).isEqualTo("GSM-7");
        assertThat(sms.get("smsEncoding").asString()).isEqualTo("GSM_7");
        assertThat(sms.get("smsSegments").asInt()).isEqualTo(received.segments()).isEqualTo(2);
        assertThat(smsTo(official.phone())).isEmpty();
        assertThat(sms.get("provider").asString()).isEqualTo("sms:" + agency);
        // the agency's own providers have Resilience4j instances of their own (its SMS provider's may already
        // be gone: the second change of its channels closed both of its providers)
        assertThat(circuitBreakers.find("email:" + agency)).isPresent();
        assertThat(retries.find("email:" + agency)).isPresent();
        assertThat(rateLimiters.find("email:" + agency)).isPresent();

        String shown = as(agency).get("/api/channels").body() + configured
                + mongo.findById(agency, Document.class, "agency_channels").toJson();
        assertThat(shown).doesNotContain(RELAY_PASSWORD, WRONG_PASSWORD, API_KEY);
        assertThat(output.getAll()).contains("refused the credentials")
                .doesNotContain(RELAY_PASSWORD, WRONG_PASSWORD, API_KEY);
        assertThat(CrashingProviderFactory.smtpProvidersMadeFor(relay.getSmtp().getPort()))
                .extracting(made -> made.settings().password(), made -> made.closed().get())
                .containsExactly(tuple(WRONG_PASSWORD, true), tuple(RELAY_PASSWORD, false));

        expect(as(agency).put("/api/channels", "{}"), 200);
        assertThat(CrashingProviderFactory.smtpProvidersMadeFor(relay.getSmtp().getPort()))
                .allSatisfy(made -> assertThat(made.closed()).isTrue());
        assertThat(circuitBreakers.find("email:" + agency)).isEmpty();
        TraineeRegistered another = S1.trainee(agency, "Trần Thị Mai", "vi");
        events.publish(another);
        events.publish(S1.enrolled(klass, another));

        awaitMessage(agency, another.traineeId(), "EMAIL", "SENT");
        assertThat(mailsTo(another.email())).hasSize(1);
        assertThat(CrashingProviderFactory.smtpProvidersMadeFor(relay.getSmtp().getPort()))
                .allSatisfy(made -> assertThat(made.closed()).isTrue());
    }

    @Test
    void aStoredCredentialIsKeptForTheSameServerAndNeverSentToAnother() {
        String agency = "keeps-credentials-" + UUID.randomUUID();
        expect(as(agency).put("/api/channels", channels(RELAY_PASSWORD)), 200);

        String sameServersWithoutSecrets = channels(null).replace(",\"apiKey\":null", "");
        JsonNode kept = expect(as(agency).put("/api/channels", sameServersWithoutSecrets), 200);
        assertThat(kept.get("email").get("passwordConfigured").asBoolean()).isTrue();
        assertThat(kept.get("sms").get("apiKeyConfigured").asBoolean()).isTrue();

        JsonNode otherHost = expect(as(agency).put("/api/channels",
                sameServersWithoutSecrets.replace("\"host\":\"localhost\"", "\"host\":\"smtp.example.vn\"")), 400);
        assertThat(otherHost.get("errors").get(0).get("field").asString()).isEqualTo("smtp.password");
        JsonNode otherGateway = expect(as(agency).put("/api/channels",
                sameServersWithoutSecrets.replace(gateway.baseUrl(), "https://sms.example.vn")), 400);
        assertThat(otherGateway.get("errors").get(0).get("field").asString()).isEqualTo("sms.apiKey");

        JsonNode platform = expect(as(agency).put("/api/channels", "{}"), 200);
        assertThat(platform.get("email").get("provider").asString()).isEqualTo("PLATFORM");
        assertThat(platform.get("sms").get("provider").asString()).isEqualTo("PLATFORM");
        assertThat(platform.get("quietHours").toString()).contains("\"PLATFORM\"", "21:00", "07:00");
    }

    private static String channels(String password) {
        return """
                {"smtp":{"host":"localhost","port":%d,"username":"daotao","password":%s,
                         "fromAddress":"daotao@sxd.tiengiang.gov.vn","fromName":"Sở Xây dựng Tiền Giang","startTls":false},
                 "sms":{"url":"%s/api/sms","apiKey":%s,"senderName":"SXDTG"},
                 "smsWithoutDiacritics":true}"""
                .formatted(relay.getSmtp().getPort(), password == null ? "null" : "\"" + password + "\"",
                        gateway.baseUrl(), password == null ? "null" : "\"" + API_KEY + "\"")
                .replace("\n", "");
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
