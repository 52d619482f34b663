package org.trainingplatform.support.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Hands every saved aggregate that recorded events to the relay at once. */
class OutboxTrigger extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    OutboxTrigger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        if (!event.getSource().pendingEvents().isEmpty()) {
            relay.publishSoon(event.getCollectionName(), event.getDocument().get("_id"));
        }
    }
}
