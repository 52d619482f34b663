package org.trainingplatform.support.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

import java.util.List;
import java.util.Set;

/**
 * Hands the events of every save that wrote any to the relay at once; and leaves out of a save the
 * events of its document that the broker has acknowledged, so that a document saved again and again
 * sheds its published events in its own saves, without a write of their own.
 */
class OutboxTrigger extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    OutboxTrigger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<OutboxAggregate> event) {
        Document document = event.getDocument();
        Object id = document == null ? null : document.get("_id");
        Set<String> acknowledged = id == null ? Set.of() : relay.acknowledged(event.getCollectionName(), id);
        if (!acknowledged.isEmpty()) {
            event.getSource().leaveOut(acknowledged);
            document.put("outbox", document.getList("outbox", Document.class, List.of()).stream()
                    .filter(message -> !acknowledged.contains(message.getString("eventId"))).toList());
        }
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        Object version = event.getDocument().get("version");
        relay.saved(event.getCollectionName(), event.getDocument().get("_id"),
                version instanceof Number number ? number.longValue() : null, event.getSource().pendingEvents());
    }
}
