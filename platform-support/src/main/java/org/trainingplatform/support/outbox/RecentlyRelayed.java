package org.trainingplatform.support.outbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the last events the relay published. A save that raced with the relay's removal of
 * published events hands over its events with those still among them; they are not published twice.
 * Used by the relay's one thread only.
 */
final class RecentlyRelayed {

    private static final int CAPACITY = 4_096;

    private final Set<String> eventIds = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    });

    void add(String eventId) {
        eventIds.add(eventId);
    }

    List<OutboxMessage> without(List<OutboxMessage> events) {
        return events.stream().filter(event -> !eventIds.contains(event.eventId())).toList();
    }
}
