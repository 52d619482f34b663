package org.trainingplatform.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the local platform as a newcomer would, with one command, and uses it: tokens from the
 * authorization server, the services, restarting one of them from the console, mail and SMS, and a
 * clean stop followed by a start on the same data that finds its records, events and signing key.
 */
class PlatformLocalIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHECK = "platform-local-check";
    private static final List<String> SERVICES = List.of("enrolment", "scheduling", "assessment", "notification");

    @TempDir
    Path dataDir;

    private LauncherProcess launcher;

    @AfterEach
    void stopLauncher() {
        if (launcher != null) {
            launcher.kill();
        }
    }

    @Test
    void runsThePlatformOnOneMachine() throws Exception {
        launcher = new LauncherProcess(dataDir);
        launcher.start("--demo");
        awaitPlatformReady();
        SERVICES.forEach(service -> assertThat(readiness(service)).isEqualTo(200));
        theDemoShowsScenarioS1FromEnrolmentToCertificate();

        String token = token("hanoi-home-affairs", "hanoi-home-affairs-secret");
        assertThat(claims(token).path("agency_id").asString()).isEqualTo("hanoi-home-affairs");
        assertThat(claims(token).path("roles").toString()).contains("TRAINING_STAFF");
        assertThat(get("enrolment", "/api/unknown-path", token).statusCode()).isEqualTo(404);
        assertThat(get("enrolment", "/api/unknown-path", null).statusCode()).isEqualTo(401);

        restartEnrolmentWhileSchedulingStaysUp();
        sendAMailAndAnSms();
        keepARecordAndAnEvent();
        assertThat(launcher.stop(30)).as("the launcher exits within 30 s of SIGTERM").isTrue();

        launcher.start("--demo");
        awaitPlatformReady();
        assertThat(get("enrolment", "/api/unknown-path", token).statusCode())
                .as("a token of the first run is still accepted").isEqualTo(404);
        await().atMost(Duration.ofSeconds(60)).until(() -> launcher.printed("Demo data (scenario S1) is already loaded", 0));
        assertTheRecordAndTheEventWereKept();
        assertThat(launcher.stop(30)).isTrue();
    }

    @Test
    void runsTheAuthorizationServerAloneAsProductionDoes() throws Exception {
        launcher = new LauncherProcess(dataDir);
        launcher.start("--authorization-server-only", "--issuer=http://auth-server:9000");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> get("auth", "/.well-known/openid-configuration", null).statusCode() == 200);

        assertThat(JSON.readTree(get("auth", "/.well-known/openid-configuration", null).body()).path("issuer").asString())
                .isEqualTo("http://auth-server:9000");
        assertThat(claims(token("beijing-party-school", "beijing-party-school-secret")).path("iss").asString())
                .isEqualTo("http://auth-server:9000");
        assertThat(readiness("enrolment")).as("no service runs beside it").isEqualTo(-1);
        assertThat(launcher.stop(30)).isTrue();
    }

    /** {@code --demo}: S1's class 2 enrolled with confirmations and a timetable feed, class 1 closed and certified. */
    private void theDemoShowsScenarioS1FromEnrolmentToCertificate() {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            assertThat(String.join("\n", launcher.console())).doesNotContain("Loading the demo failed");
            return launcher.printed("Demo ready", 0);
        });
        String console = String.join("\n", launcher.console());
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            List<String> subjects = JSON.readTree(get("mail-inbox", "/api/messages", null).body()).findValuesAsString("subject");
            assertThat(subjects).as("confirmations to the 44 officials, in their language").filteredOn(
                    subject -> subject.startsWith("Xác nhận ghi danh") || subject.startsWith("Enrolment confirmed")).hasSize(44);
            assertThat(subjects).filteredOn(subject -> subject.startsWith("Enrolment confirmed")).hasSize(6);
            assertThat(subjects).as("class 2's timetable to its 32 trainees").filteredOn(
                    subject -> subject.startsWith("Lịch học") || subject.startsWith("Timetable")).hasSize(32);
            assertThat(subjects).as("class 1's results to its 12 trainees").filteredOn(
                    subject -> subject.startsWith("Kết quả học tập")).hasSize(12);
        });
        HttpResponse<String> verification = send(HttpRequest.newBuilder(URI.create(printedUrl(console, "verify")))
                .header("Accept", "text/html").build());
        assertThat(verification.body()).contains("hợp lệ", "Lớp 1 – Phó Chủ tịch UBND quận, huyện");
        String feed = send(HttpRequest.newBuilder(URI.create(printedUrl(console, "class 2 timetable"))).build()).body();
        assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:Khai giảng lớp 2", "SUMMARY:Bế giảng lớp 2");
    }

    private static String printedUrl(String console, String label) {
        return console.lines().filter(line -> line.trim().startsWith(label)).findFirst().orElseThrow()
                .replaceAll(".*?(http://\\S+).*", "$1");
    }

    private void restartEnrolmentWhileSchedulingStaysUp() throws Exception {
        launcher.type("stop enrolment");
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness("enrolment") != 200);
        assertThat(readiness("scheduling")).isEqualTo(200);

        int shown = launcher.linesShown();
        launcher.type("start enrolment");
        await().atMost(Duration.ofSeconds(90)).until(() -> launcher.printed("enrolment-service is ready", shown));
        assertThat(readiness("enrolment")).isEqualTo(200);
        assertThat(readiness("scheduling")).isEqualTo(200);
    }

    private void sendAMailAndAnSms() throws Exception {
        sendMail("hoc.vien@hanoi.gov.vn", "Thư mời tham dự lớp bồi dưỡng");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                get("mail-inbox", "/api/messages", null).body().contains("Thư mời tham dự lớp bồi dưỡng"));

        HttpResponse<String> sms = post("sms", "/api/sms", "local-key", """
                {"to": "+84912345678", "text": "Lớp bồi dưỡng khai giảng 8:00 ngày 2/3",
                 "sender": "SoNoiVu", "clientReference": "it-1"}""");
        assertThat(sms.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> get("sms", "/api/sms", null).body().contains("\"it-1\""));
    }

    private void keepARecordAndAnEvent() throws Exception {
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + launcher.port("mongo-port"));
             var producer = new KafkaProducer<>(kafka(Map.of()), new StringSerializer(), new StringSerializer())) {
            mongo.getDatabase(CHECK).getCollection(CHECK).insertOne(new Document("_id", "kept"));
            producer.send(new ProducerRecord<>(CHECK, "key", "kept")).get(10, TimeUnit.SECONDS);
        }
    }

    private void assertTheRecordAndTheEventWereKept() {
        Map<String, Object> fromTheStart = kafka(Map.of(ConsumerConfig.GROUP_ID_CONFIG, CHECK,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + launcher.port("mongo-port"));
             var consumer = new KafkaConsumer<>(fromTheStart, new StringDeserializer(), new StringDeserializer())) {
            assertThat(mongo.getDatabase(CHECK).getCollection(CHECK).countDocuments(new Document("_id", "kept")))
                    .isEqualTo(1);
            consumer.subscribe(List.of(CHECK));
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.poll(Duration.ofMillis(500)).count() == 1);
        }
    }

    private Map<String, Object> kafka(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + launcher.port("kafka-port"));
        return all;
    }

    private void awaitPlatformReady() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(launcher.isAlive()).as("the launcher is running; its console: %s", launcher.console()).isTrue();
            return launcher.printed("Platform ready", 0);
        });
    }

    private int readiness(String service) {
        try {
            return get(service, "/actuator/health/readiness", null).statusCode();
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    private String token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("auth", "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=platform")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> get(String server, String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(server, path)).timeout(Duration.ofSeconds(5));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String server, String path, String bearer, String json) {
        return send(HttpRequest.newBuilder(url(server, path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI url(String server, String path) {
        return URI.create("http://localhost:" + launcher.port(server + "-port") + path);
    }

    private void sendMail(String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(launcher.port("smtp-port")));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@training.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Kính gửi học viên,\nLớp học bắt đầu lúc 8:00.", "UTF-8");
        Transport.send(message);
    }
}
