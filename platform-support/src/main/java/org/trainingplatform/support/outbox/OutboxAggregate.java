package org.trainingplatform.support.outbox;

import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An aggregate whose events are stored in its own document, so that a state change and the events
 * it produced are written together in one atomic write. The {@link OutboxRelay} publishes them after
 * the write and removes them once the broker has acknowledged.
 * <p>
 * The version guards every save: removing relayed events bumps it too, so a save based on a copy
 * read before the removal is refused rather than putting relayed events back.
 */
public abstract class OutboxAggregate {

    @Version
    private Long version;

    private List<OutboxMessage> outbox = new ArrayList<>();

    /**
     * Records a past-tense integration event, to be published once this aggregate is saved. Its time is kept to the
     * millisecond, as the store keeps it: the event carries the same {@code ce_time} whether the relay publishes the
     * copy a save handed over or reads it back from the document.
     */
    protected void registerEvent(Record event) {
        outbox.add(OutboxMessage.of(event, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The events recorded but not yet relayed. */
    public List<OutboxMessage> pendingEvents() {
        return List.copyOf(outbox);
    }

    /** This copy's version: the stored document's when it was read or saved. */
    Long version() {
        return version;
    }

    /** Events the broker acknowledged, left out of the save about to write this copy. */
    void leaveOut(Collection<String> eventIds) {
        outbox.removeIf(message -> eventIds.contains(message.eventId()));
    }

    /** What the relay did to the stored document, done to this copy: its published events removed, its version raised. */
    void relayed(Collection<String> eventIds) {
        leaveOut(eventIds);
        version = version == null ? null : version + 1;
    }
}
