package org.trainingplatform.support.outbox;

import org.springframework.data.mongodb.core.index.Indexed;
import org.trainingplatform.events.EventCatalogue;
import org.trainingplatform.events.EventDescriptor;
import org.trainingplatform.support.events.EventJson;
import org.trainingplatform.support.events.TraceContext;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in its aggregate's document to be relayed: the CloudEvent as it will appear on
 * the topic, fixed when the state change was recorded. Its time is indexed in every collection of
 * aggregates ({@code outbox.time}), for the relay's sweep for events left behind: only documents with
 * events waiting are filed under it, so the sweep reads those and not the whole collection.
 */
public record OutboxMessage(String eventId, String type, String source, String topic, String key, String subject,
                            String agencyId, String dataschema, @Indexed Instant time, String traceparent, String data) {

    static OutboxMessage of(Record event, Instant time) {
        EventDescriptor descriptor = EventCatalogue.of(event.getClass());
        return new OutboxMessage(UUID.randomUUID().toString(), descriptor.type(), descriptor.source(),
                descriptor.topic(), descriptor.keyOf(event), descriptor.subjectOf(event), descriptor.agencyOf(event),
                descriptor.dataschema(), time, TraceContext.current(), EventJson.write(event));
    }
}
