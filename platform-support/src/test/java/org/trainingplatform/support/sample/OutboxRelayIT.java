package org.trainingplatform.support.sample;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.trainingplatform.support.outbox.OutboxMessage;
import org.trainingplatform.support.outbox.OutboxRelay;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.StoreCommands;
import org.trainingplatform.support.testing.TestInfrastructure;
import org.trainingplatform.support.testing.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.support.testing.TopicReader.header;

@PlatformIntegrationTest
class OutboxRelayIT {

    @Autowired
    TicketRepository tickets;
    @Autowired
    OutboxRelay relay;
    @Autowired
    AggregateUpdates updates;
    @Autowired
    StoreCommands storeCommands;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void eventsOfASaveArePublishedOnceInOrderAsCloudEventsAndThenLeaveTheDocument() {
        Ticket ticket = Ticket.register("hanoi-home-affairs", "Nguyễn Thị Tuyến");
        ticket.changeEmail("tuyen.nt@hanoi.gov.vn");
        tickets.save(ticket);

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> ticket.id().equals(r.key())).size() >= 2);
            List<ConsumerRecord<String, byte[]>> records = topic.records(r -> ticket.id().equals(r.key()));

            assertThat(records).hasSize(2);
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.trainingplatform.enrolment.trainee-registered.v1",
                    "org.trainingplatform.enrolment.trainee-contact-changed.v1");
            ConsumerRecord<String, byte[]> registered = records.get(0);
            assertThat(UUID.fromString(header(registered, "ce_id"))).isNotNull();
            assertThat(header(registered, "ce_source")).isEqualTo("enrolment-service");
            assertThat(header(registered, "ce_subject")).isEqualTo(ticket.id());
            assertThat(Instant.parse(header(registered, "ce_time"))).isBefore(Instant.now());
            assertThat(Instant.parse(header(registered, "ce_storedtime")))
                    .isAfterOrEqualTo(Instant.parse(header(registered, "ce_time"))).isBefore(Instant.now());
            assertThat(header(registered, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(registered, "ce_dataschema"))
                    .isEqualTo("https://schemas.trainingplatform.org/enrolment/trainee-registered.v1.schema.json");
            assertThat(header(registered, "ce_agencyid")).isEqualTo("hanoi-home-affairs");
            assertThat(header(registered, "content-type")).isEqualTo("application/json");
            assertThat(header(registered, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(TopicReader.value(registered)).contains("\"fullName\":\"Nguyễn Thị Tuyến\"");
        }
        await().until(() -> tickets.findById(ticket.id()).orElseThrow().pendingEvents().isEmpty());
    }

    @Test
    void theEventsASaveWroteArePublishedWithoutReadingTheDocumentBack() {
        Ticket ticket = tickets.save(Ticket.register("hanoi-home-affairs", "Đỗ Minh Châu"));

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> ticket.id().equals(r.key())).size() == 1);
        }
        await().until(() -> tickets.findById(ticket.id()).orElseThrow().pendingEvents().isEmpty());
        assertThat(storeCommands.reading("tickets", "outbox", ticket.id())).isZero();
    }

    @Test
    void aDocumentSavedAgainAndAgainWhileItsEventsArePublishedHasEachPublishedOnceInOrder() {
        Ticket ticket = tickets.save(Ticket.register("hanoi-home-affairs", "Phạm Văn Nam"));
        List<String> emails = IntStream.range(0, 40).mapToObj(i -> "nam." + i + "@hanoi.gov.vn").toList();
        emails.forEach(email -> updates.update(ticket.id(), () -> {
            Ticket stored = tickets.findById(ticket.id()).orElseThrow();
            stored.changeEmail(email);
            return tickets.save(stored);
        }));

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> ticket.id().equals(r.key())).size() >= 41);
            List<ConsumerRecord<String, byte[]>> records = topic.records(r -> ticket.id().equals(r.key()));
            List<String> published = records.stream().map(TopicReader::value).toList();
            assertThat(published).hasSize(41);
            assertThat(published.get(0)).contains("Phạm Văn Nam");
            for (int i = 0; i < emails.size(); i++) {
                assertThat(published.get(i + 1)).contains("\"" + emails.get(i) + "\"");
            }
            // each event was stored by its own save, before the next change was recorded, whichever later save
            // also wrote it while it waited for the broker; to the millisecond, as an event's time is kept
            for (int i = 0; i + 1 < records.size(); i++) {
                assertThat(Instant.parse(header(records.get(i), "ce_storedtime")).truncatedTo(ChronoUnit.MILLIS))
                        .isBeforeOrEqualTo(Instant.parse(header(records.get(i + 1), "ce_time")));
            }
        }
    }

    @Test
    void theEventsOfManySavesLeaveTheirDocumentInFewWrites() {
        Ticket ticket = tickets.save(Ticket.register("hanoi-home-affairs", "Vũ Thị Lan"));
        IntStream.range(0, 20).forEach(i -> updates.update(ticket.id(), () -> {
            Ticket stored = tickets.findById(ticket.id()).orElseThrow();
            stored.changeEmail("lan." + i + "@hanoi.gov.vn");
            return tickets.save(stored);
        }));

        await().until(() -> tickets.findById(ticket.id()).orElseThrow().pendingEvents().isEmpty());
        assertThat(storeCommands.pulling("tickets", ticket.id())).isBetween(1L, 5L);
    }

    @Test
    void thePublishedEventsOfManyDocumentsLeaveThemTogetherInAFewWrites() {
        List<String> ids = new ArrayList<>();
        saveTickets(30, ids);

        await().until(() -> ids.stream().allMatch(id -> tickets.findById(id).orElseThrow().pendingEvents().isEmpty()));
        assertThat(storeCommands.pullingFromAny("tickets", ids)).isBetween(1L, 10L);
        assertEachPublishedExactlyOnce(ids);
    }

    @Test
    void aSaveLeavesOutTheEventsTheBrokerAcknowledgedSoTheyNeedNoWriteOfTheirOwn() {
        Ticket ticket = savedAndPublished(Ticket.register("hanoi-home-affairs", "Trần Quốc Bảo"));

        Ticket saved = updates.update(ticket.id(), () -> {
            Ticket stored = tickets.findById(ticket.id()).orElseThrow();
            assertThat(stored.pendingEvents()).hasSize(1);
            stored.changeEmail("bao.tq@hanoi.gov.vn");
            return tickets.save(stored);
        });

        assertThat(saved.pendingEvents()).extracting(OutboxMessage::type)
                .containsExactly("org.trainingplatform.enrolment.trainee-contact-changed.v1");
        assertThat(tickets.findById(ticket.id()).orElseThrow().pendingEvents()).extracting(OutboxMessage::type)
                .containsExactly("org.trainingplatform.enrolment.trainee-contact-changed.v1");
        await().until(() -> tickets.findById(ticket.id()).orElseThrow().pendingEvents().isEmpty());
        assertThat(storeCommands.pulling("tickets", ticket.id())).isOne();
    }

    @Test
    void aPublishedEventWaitingForItsRemovalIsNotPublishedAgainWhenTheDocumentIsRead() {
        Ticket ticket = savedAndPublished(Ticket.register("hanoi-home-affairs", "Hoàng Văn Đức"));

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            assertThat(tickets.findById(ticket.id()).orElseThrow().pendingEvents()).hasSize(1);
            relay.publishSoon("tickets", ticket.id());
            await().until(() -> storeCommands.reading("tickets", "outbox", ticket.id()) == 1);
            // a later event of the same document comes after anything published before it
            updates.update(ticket.id(), () -> {
                Ticket stored = tickets.findById(ticket.id()).orElseThrow();
                stored.changeEmail("duc.hv@hanoi.gov.vn");
                return tickets.save(stored);
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> ticket.id().equals(r.key())).size() >= 2);
            assertThat(topic.records(r -> ticket.id().equals(r.key()))).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.trainingplatform.enrolment.trainee-registered.v1",
                    "org.trainingplatform.enrolment.trainee-contact-changed.v1");
        }
    }

    @Test
    void aStoppingRelayRemovesThePublishedEventsWaitingForTheirRemovalFirst() {
        Ticket ticket = savedAndPublished(Ticket.register("hanoi-home-affairs", "Ngô Thị Hà"));
        assertThat(tickets.findById(ticket.id()).orElseThrow().pendingEvents()).hasSize(1);

        relay.stop();
        try {
            assertThat(tickets.findById(ticket.id()).orElseThrow().pendingEvents()).isEmpty();
        } finally {
            relay.start();
        }
    }

    @Test
    void aBrokerOutageWhileEventsFlowDelaysThemButLosesAndDuplicatesNone() {
        var broker = TestInfrastructure.embeddedKafka();
        List<String> ids = new ArrayList<>();
        saveTickets(10, ids);
        broker.stop();
        try {
            saveTickets(20, ids);
            assertThat(tickets.findAllById(ids.subList(10, 30)))
                    .allSatisfy(t -> assertThat(t.pendingEvents()).hasSize(1));
        } finally {
            broker.start();
        }

        assertEachPublishedExactlyOnce(ids);
        await().until(() -> tickets.findAllById(ids).stream().allMatch(t -> t.pendingEvents().isEmpty()));
    }

    @Test
    void eventsLeftBehindByACrashBetweenWriteAndPublishAreSweptUpOnRestart() {
        List<String> ids = new ArrayList<>();
        relay.stop();
        try {
            saveTickets(5, ids);
            assertThat(tickets.findAllById(ids)).allSatisfy(t -> assertThat(t.pendingEvents()).hasSize(1));
        } finally {
            relay.start();
        }

        // read back from their documents by the sweep: no save handed them over, so no save's time is known
        assertThat(assertEachPublishedExactlyOnce(ids)).allSatisfy(r -> assertThat(header(r, "ce_storedtime")).isNull());
    }

    @Test
    void anEventReadBackFromItsDocumentCarriesTheTimeItsSaveRecorded() {
        Ticket ticket;
        relay.stop();
        try {
            ticket = tickets.save(Ticket.register("hanoi-home-affairs", "Vũ Thị Hoa"));
        } finally {
            relay.start();
        }
        Instant recorded = ticket.pendingEvents().get(0).time();

        // published by the sweep from the stored document, as a retry or a crash would have it: the same ce_time as a
        // save handing it over would give, so a consumer sees one spelling of one event's time
        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.records(r -> ticket.id().equals(r.key())).size() == 1);
            assertThat(header(topic.records(r -> ticket.id().equals(r.key())).get(0), "ce_time")).isEqualTo(recorded.toString());
        }
    }

    @Test
    void theSweepForEventsLeftBehindReadsThemThroughAnIndexOfTheirTimes() {
        // documents whose events were all published hold none, and are not filed under it
        assertThat(mongo.indexOps("tickets").getIndexInfo()).anyMatch(index -> index.isIndexForFields(List.of("outbox.time")));
    }

    /** Saved, and its one event acknowledged by the broker: long before its removal, unlike a topic reader's first poll. */
    private Ticket savedAndPublished(Ticket ticket) {
        Counter published = meters.counter("outbox.relay.published");
        double before = published.count();
        Ticket saved = tickets.save(ticket);
        await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(30)).until(() -> published.count() > before);
        return saved;
    }

    private void saveTickets(int count, List<String> ids) {
        for (int i = 0; i < count; i++) {
            ids.add(tickets.save(Ticket.register("academy-construction", "Học viên " + i)).id());
        }
    }

    /** The records of these tickets, once each is on the topic exactly once. */
    private List<ConsumerRecord<String, byte[]>> assertEachPublishedExactlyOnce(List<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> topic.records(r -> wanted.contains(r.key())).stream().map(ConsumerRecord::key)
                            .collect(Collectors.toSet()).size() == wanted.size());
            List<ConsumerRecord<String, byte[]>> records = topic.records(r -> wanted.contains(r.key()));
            var perTicket = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perTicket).containsOnlyKeys(wanted);
            assertThat(perTicket.values()).allMatch(count -> count == 1);
            return records;
        }
    }
}
