package org.trainingplatform.support.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

import java.util.List;

/** Hands the events of every save that wrote any to the relay at once. */
class OutboxTrigger extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    OutboxTrigger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        List<OutboxMessage> written = event.getSource().pendingEvents();
        if (!written.isEmpty()) {
            Object version = event.getDocument().get("version");
            relay.written(event.getCollectionName(), event.getDocument().get("_id"),
                    version instanceof Number number ? number.longValue() : null, written);
        }
    }
}
