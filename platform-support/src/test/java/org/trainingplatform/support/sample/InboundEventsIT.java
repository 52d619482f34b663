package org.trainingplatform.support.sample;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.trainingplatform.support.testing.EventProducer;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TopicReader;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@PlatformIntegrationTest
class InboundEventsIT {

    private static final String TOPIC = "enrolment-events";
    private static final String DEAD_LETTERS = "enrolment-events.support-sample.dlt";
    private static final String REGISTERED = "org.trainingplatform.enrolment.trainee-registered.v1";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Registrations registrations;
    @Autowired
    BindingsLifecycleController bindings;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    EventProducer events;

    @BeforeEach
    void connect() {
        events = new EventProducer(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void everyConsumerCommitsItsOffsetsOnTimeRatherThanAfterEveryPoll() {
        assertThat(ContainerSettings.seen).isNotEmpty().allSatisfy((destination, container) -> {
            assertThat(container.getAckMode()).as(destination).isEqualTo(AckMode.COUNT_TIME);
            assertThat(container.getAckTime()).as(destination).isEqualTo(250);
            assertThat(container.getAckCount()).as(destination).isEqualTo(100);
        });
    }

    @Test
    void anIdleConsumerAsksTheBrokerRarely() {
        assertThat(ContainerSettings.seen).isNotEmpty().allSatisfy((destination, container) ->
                assertThat(container.getPollTimeout()).as(destination).isEqualTo(1000));
        assertThat(ContainerSettings.consumerConfigs).isNotEmpty().allSatisfy((destination, config) ->
                assertThat(config.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).as(destination).hasToString("2000"));
    }

    /** Records each consumer's settings as the binder made them (it calls customizers last). */
    @TestConfiguration
    static class ContainerSettings {

        static final Map<String, ContainerProperties> seen = new ConcurrentHashMap<>();
        static final Map<String, Map<String, Object>> consumerConfigs = new ConcurrentHashMap<>();

        @Bean
        ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> recordContainerSettings() {
            return (container, destination, group) -> seen.put(destination, container.getContainerProperties());
        }

        @Bean
        ConsumerConfigCustomizer recordConsumerConfigs() {
            return (config, binding, destination) -> consumerConfigs.put(destination, new HashMap<>(config)); // a copy that takes null values too
        }
    }

    @Test
    void handledEventsAreRememberedForThirtyDaysThenExpire() {
        assertThat(mongo.indexOps("processed_events").getIndexInfo())
                .filteredOn(index -> index.isIndexForFields(List.of("processedAt")))
                .singleElement()
                .satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofDays(30)));
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        String trainee = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        send(eventId, REGISTERED, trainee, registered(trainee, "Trần Văn Bình"));
        send(eventId, REGISTERED, trainee, registered(trainee, "Trần Văn Bình"));

        awaitHandled(sendMarker(trainee));
        assertThat(effects(trainee)).isEqualTo(1);
    }

    @Test
    void eventsReplayedAfterACrashBeforeTheOffsetCommitHaveNoSecondEffect() throws Exception {
        String trainee = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), REGISTERED, trainee, registered(trainee, "Lê Thị Hoa"));
        await().until(() -> effects(trainee) == 1);

        bindings.changeState("enrolmentEvents-in-0", State.STOPPED);
        rewindConsumerGroupToTheStart();
        bindings.changeState("enrolmentEvents-in-0", State.STARTED);

        awaitHandled(sendMarker(trainee));
        assertThat(effects(trainee)).isEqualTo(1);
    }

    @Test
    void aTemporaryFailureIsRetriedWithBackoffAndTakesEffectOnce() {
        String trainee = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), REGISTERED, trainee, registered(trainee, "flaky Phạm Minh"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(trainee) == 1);
        assertThat(registrations.attempts(trainee)).isEqualTo(3);
    }

    @Test
    void aRecordThatKeepsFailingIsDeadLetteredAfterItsAttemptsAndTheRecordsAfterItTakeEffect() {
        String key = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        String brokenRecord = send(UUID.randomUUID().toString(), REGISTERED, key, registered(broken, "broken Hồ Văn Lâm"));
        String after = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), REGISTERED, key, registered(after, "Vũ Thị Lan"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(after) == 1);
        assertThat(registrations.attempts(broken)).isEqualTo(4);
        assertThat(effects(broken)).isZero();
        try (var deadLetters = new TopicReader(bootstrapServers, DEAD_LETTERS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records(r -> key.equals(r.key())).size() == 1);
            var deadLetter = deadLetters.records(r -> key.equals(r.key())).get(0);
            assertThat(TopicReader.value(deadLetter)).isEqualTo(brokenRecord);
            assertThat(reason(deadLetter)).isEqualTo("Cannot register broken Hồ Văn Lâm, attempt 4");
        }
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() {
        String key = UUID.randomUUID().toString();
        String goodBefore = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), REGISTERED, key, registered(goodBefore, "Lê Văn Tám"));
        String notJson = send(UUID.randomUUID().toString(), REGISTERED, key, "{not json");
        String unknownType = send(UUID.randomUUID().toString(), "org.example.something-else.v1", key, "{}");
        String breaksSchema = send(UUID.randomUUID().toString(), REGISTERED, key,
                "{\"traineeId\":\"" + key + "\",\"agencyId\":\"a\"}");
        String noId = send(null, REGISTERED, key, registered(key, "Không có mã"));
        String good = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), REGISTERED, key, registered(good, "Đỗ Thu Hà"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(good) == 1);
        assertThat(effects(goodBefore)).isEqualTo(1);
        try (var deadLetters = new TopicReader(bootstrapServers, DEAD_LETTERS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records(r -> key.equals(r.key())).size() == 4);
            Map<String, String> reasons = deadLetters.records(r -> key.equals(r.key())).stream().collect(Collectors.toMap(
                    r -> TopicReader.value(r), InboundEventsIT::reason));
            assertThat(reasons.get(notJson)).contains("is not JSON");
            assertThat(reasons.get(unknownType)).contains("Unknown event type org.example.something-else.v1");
            assertThat(reasons.get(breaksSchema)).contains("breaks its schema").contains("fullName");
            assertThat(reasons.get(noId)).contains("Missing CloudEvents header ce_id");
        }
    }

    private static String reason(ConsumerRecord<String, byte[]> deadLetter) {
        for (var header : deadLetter.headers()) {
            if (header.key().contains("exception-message")) {
                return new String(header.value(), UTF_8);
            }
        }
        return "";
    }

    private void rewindConsumerGroupToTheStart() throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            var committed = admin.listConsumerGroupOffsets("support-sample").partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> start = committed.keySet().stream()
                    .filter(partition -> partition.topic().equals(TOPIC))
                    .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
            await().ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets("support-sample", start).all().get();
                return true;
            });
        }
    }

    private String sendMarker(String key) {
        String marker = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), REGISTERED, key, registered(marker, "Đánh dấu"));
        return marker;
    }

    private void awaitHandled(String trainee) {
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(trainee) == 1);
    }

    private long effects(String trainee) {
        return mongo.count(Query.query(where("traineeId").is(trainee)), Registrations.COLLECTION);
    }

    private static String registered(String trainee, String name) {
        return """
                {"traineeId":"%s","agencyId":"hanoi-home-affairs","fullName":"%s","position":"Chuyên viên",
                 "unit":null,"pipelinePosition":null,"email":null,"phone":null,"preferredLanguage":"vi"}"""
                .formatted(trainee, name);
    }

    private String send(String eventId, String type, String key, String payload) {
        events.publishRaw(TOPIC, key, eventId, type, payload);
        return payload;
    }
}
