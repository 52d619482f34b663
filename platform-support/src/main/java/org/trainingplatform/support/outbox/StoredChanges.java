package org.trainingplatform.support.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a save must write to turn the document as stored into the document as mapped now: the fields that
 * changed; of a list that only grew, the elements appended; of a list whose length stayed, the elements that
 * changed. A class taking a nomination then writes one roster entry and its events, not its whole roster.
 */
final class StoredChanges {

    /** Above this many changed elements a list is written whole. */
    private static final int MOST_ELEMENTS_SET = 16;

    private StoredChanges() {
    }

    static Update between(Document stored, Document written) {
        Update update = new Update();
        for (String field : written.keySet()) {
            Object before = stored.get(field);
            Object after = written.get(field);
            if ("_id".equals(field) || Objects.equals(before, after)) {
                continue;
            }
            if (before instanceof List<?> was && after instanceof List<?> is) {
                if (is.size() > was.size() && is.subList(0, was.size()).equals(was)) {
                    update.push(field).each(is.subList(was.size(), is.size()).toArray());
                    continue;
                }
                if (is.size() == was.size() && setElements(update, field, was, is)) {
                    continue;
                }
            }
            update.set(field, after);
        }
        stored.keySet().stream().filter(field -> !written.containsKey(field)).forEach(update::unset);
        return update;
    }

    /** Sets the elements that changed, if there are few enough; false if the list is better written whole. */
    private static boolean setElements(Update update, String field, List<?> was, List<?> is) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (int i = 0; i < is.size(); i++) {
            if (!Objects.equals(was.get(i), is.get(i))) {
                changed.put(field + "." + i, is.get(i));
            }
        }
        if (changed.size() > MOST_ELEMENTS_SET) {
            return false;
        }
        changed.forEach(update::set);
        return true;
    }

    static Long version(Document document) {
        return document == null || !(document.get("version") instanceof Number number) ? null : number.longValue();
    }

    /** The document as the relay leaves it once it removed these published events. */
    static Document relayed(Document document, Collection<String> eventIds) {
        Document after = new Document(document);
        after.put("outbox", document.getList("outbox", Document.class, List.of()).stream()
                .filter(event -> !eventIds.contains(event.getString("eventId"))).toList());
        Long version = version(document);
        after.put("version", version == null ? null : version + 1);
        return after;
    }
}
