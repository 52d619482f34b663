package org.trainingplatform.enrolment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TestTokens;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.enrolment.EnrolmentApi.JSON;
import static org.trainingplatform.enrolment.EnrolmentApi.expect;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Reference scenario S4 under load: 1,000 officials from four district committees are nominated at
 * the same moment to a 256-seat class of the city's organisation board, three districts with a quota.
 * Exactly 256 get a seat, 744 wait in the order they came, and no quota is exceeded, with no
 * multi-document transaction anywhere.
 */
@PlatformIntegrationTest
class CapacityUnderConcurrencyIT {

    static final String BOARD = "hanoi-organisation-board";
    static final Map<String, Integer> QUOTAS = Map.of("ba-dinh-district", 70, "dong-da-district", 70, "hoan-kiem-district", 70);
    static final List<String> DISTRICTS = List.of("ba-dinh-district", "dong-da-district", "hoan-kiem-district", "tay-ho-district");
    static final String POSITION = "Bí thư quận ủy";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aThousandConcurrentNominationsFillExactly256SeatsAndWaitlistTheRestInOrder() throws Exception {
        EnrolmentApi board = EnrolmentApi.as(port, BOARD);
        board.describeAgency("Ban Tổ chức Thành ủy Hà Nội");
        Map<String, List<String>> traineesByDistrict = new LinkedHashMap<>();
        for (String district : DISTRICTS) {
            EnrolmentApi.as(port, district).describeAgency("Quận ủy " + district);
            traineesByDistrict.put(district, importOfficials(district, 250));
        }
        String programme = board.createProgramme("Bồi dưỡng cán bộ quy hoạch Ban Thường vụ quận ủy, nhiệm kỳ 2025-2030");
        String klass = board.draftClass(programme, "Lớp 2", List.of(), DISTRICTS, List.of(POSITION), 256,
                EnrolmentApi.json(QUOTAS), true);
        board.open(klass);

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<String[]> nominations = new ArrayList<>();
        traineesByDistrict.forEach((district, trainees) -> trainees.forEach(t -> nominations.add(new String[]{district, t})));
        Collections.shuffle(nominations);
        for (String[] nomination : nominations) {
            responses.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/classes/" + klass + "/nominations"))
                    .header("Authorization", "Bearer " + TestTokens.forAgency(nomination[0]))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"traineeId\":\"" + nomination[1] + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
        assertThat(responses).allSatisfy(r -> assertThat(r.join().statusCode()).as(r.join().body()).isEqualTo(201));

        JsonNode roster = board.roster(klass);
        assertThat(roster.get("total").get("enrolled").asInt()).isEqualTo(256);
        assertThat(roster.get("total").get("waitlisted").asInt()).isEqualTo(744);
        QUOTAS.forEach((district, quota) -> assertThat(roster.get("perNominatingAgency").get(district).get("enrolled").asInt())
                .as(district).isLessThanOrEqualTo(quota));
        List<Integer> positions = StreamSupport.stream(roster.get("entries").spliterator(), false)
                .filter(e -> e.get("status").asString().equals("WAITLISTED"))
                .map(e -> e.get("waitlistPosition").asInt()).sorted().toList();
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, 744).boxed().toList());

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.records(r -> klass.equals(r.key())).size() >= 2001);
            List<ConsumerRecord<String, byte[]>> events = topic.records(r -> klass.equals(r.key()));
            assertThat(events).hasSize(2001);
            assertThat(events.stream().map(r -> header(r, "ce_id")).distinct()).hasSize(2001);
            assertThat(events.stream().filter(r -> header(r, "ce_type").contains("trainee-enrolled"))
                    .map(r -> JSON.readTree(r.value()).get("traineeId").asString()).distinct()).hasSize(256);
            List<Integer> waitlistedInTopicOrder = events.stream().filter(r -> header(r, "ce_type").contains("trainee-waitlisted"))
                    .map(r -> JSON.readTree(r.value()).get("position").asInt()).toList();
            assertThat(waitlistedInTopicOrder).containsExactlyElementsOf(IntStream.rangeClosed(1, 744).boxed().toList());
        }
    }

    private List<String> importOfficials(String district, int count) {
        StringBuilder csv = new StringBuilder("personnelCode,fullName,position,unit,phone\n");
        for (int i = 0; i < count; i++) {
            csv.append(district).append('-').append(i).append(",Cán bộ ").append(i).append(',').append(POSITION)
                    .append(",Quận ủy,09").append(String.format("%08d", i)).append('\n');
        }
        JsonNode report = expect(EnrolmentApi.as(port, district).http().post("/api/trainees/import", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 200);
        assertThat(report.get("created").asInt() + report.get("alreadyRegistered").asInt()).isEqualTo(count);
        return report.get("rows").findValuesAsString("traineeId").stream().collect(Collectors.toList());
    }
}
