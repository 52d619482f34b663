package org.trainingplatform.support.sample;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.trainingplatform.support.outbox.KeptAggregates;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.testing.PlatformIntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An aggregate kept after its save, with the relay running: used while it is what is stored, read again otherwise. */
@PlatformIntegrationTest
class KeptAggregatesIT {

    @Autowired
    TicketRepository tickets;
    @Autowired
    KeptAggregates kept;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateUpdates updates;

    final AtomicInteger reads = new AtomicInteger();

    @Test
    void aKeptAggregateIsUsedUnreadAfterTheRelayRemovedItsEventsAndSavesAgain() {
        Ticket saved = savedAndKept(Ticket.register("hanoi-home-affairs", "Nguyễn Thị Tuyến"));
        awaitEventsRelayed(saved.id());

        Ticket taken = take(saved.id());

        assertThat(reads).hasValue(0);
        assertThat(taken).isSameAs(saved);
        assertThat(taken.pendingEvents()).isEmpty();
        taken.changeEmail("tuyen.nt@hanoi.gov.vn");
        tickets.save(taken);
        awaitEventsRelayed(saved.id());
    }

    @Test
    void aKeptAggregateIsReadAgainOnceAnotherWriterChangedIt() {
        Ticket saved = savedAndKept(Ticket.register("hanoi-home-affairs", "Trần Văn Hùng"));
        awaitEventsRelayed(saved.id());
        Ticket elsewhere = tickets.findById(saved.id()).orElseThrow();
        elsewhere.changeEmail("hung.tv@hanoi.gov.vn");
        tickets.save(elsewhere);

        Ticket taken = take(saved.id());

        assertThat(reads).hasValue(1);
        assertThat(taken).isNotSameAs(saved);
    }

    @Test
    void aTakenAggregateIsNotKeptUntilItIsSavedAgain() {
        Ticket saved = savedAndKept(Ticket.register("hanoi-home-affairs", "Lê Thị Mai"));

        take(saved.id());
        take(saved.id());

        assertThat(reads).hasValue(1);
    }

    @Test
    void atMostSixteenAggregatesAreKept() {
        List<Ticket> saved = IntStream.range(0, 17)
                .mapToObj(i -> savedAndKept(Ticket.register("hanoi-home-affairs", "Học viên " + i))).toList();
        saved.forEach(ticket -> awaitEventsRelayed(ticket.id()));

        saved.forEach(ticket -> take(ticket.id()));

        assertThat(reads).hasValue(1);
    }

    private Ticket savedAndKept(Ticket ticket) {
        return kept.keep(ticket.id(), tickets.save(ticket));
    }

    /**
     * Takes the kept copy in the aggregate's turn, as the services do: the relay removes published events from the
     * stored document and raises the kept copy's version in that turn, so a take never falls between the two.
     */
    private Ticket take(String id) {
        return updates.update(id, () -> kept.take(Ticket.class, id, read(id)));
    }

    private Supplier<Ticket> read(String id) {
        return () -> {
            reads.incrementAndGet();
            return tickets.findById(id).orElseThrow();
        };
    }

    private void awaitEventsRelayed(String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, Document.class, "tickets")
                .getList("outbox", Document.class, List.of()).isEmpty());
    }
}
