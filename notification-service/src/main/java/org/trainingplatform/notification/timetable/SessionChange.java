package org.trainingplatform.notification.timetable;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A change to a session the trainees were told of: it moved (or changed venue or lecturers), or it was
 * cancelled ({@code after} is null) with a reason.
 */
public record SessionChange(String sessionId, String kind, String title, Slot before, Slot after, String reason) {

    public boolean cancelled() {
        return after == null;
    }

    /** The lecturers the change concerns: those of the session before and after it. */
    public Set<String> lecturerIds() {
        Set<String> ids = new LinkedHashSet<>(before.lecturerIds());
        if (after != null) {
            ids.addAll(after.lecturerIds());
        }
        return ids;
    }

    /**
     * The facts a message about the change gives, as text: the session, its time and venue before and
     * after (instants in ISO-8601), the reason of a cancellation, and the lecturers' names as
     * {@code lecturerName} finds them (unknown ones are left out).
     */
    public Map<String, String> details(Function<String, String> lecturerName) {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "session", title);
        put(details, "sessionKind", kind);
        put(details, "oldStart", before.start());
        put(details, "oldEnd", before.end());
        put(details, "oldVenue", before.venueName());
        Slot current = after == null ? before : after;
        if (after != null) {
            put(details, "newStart", after.start());
            put(details, "newEnd", after.end());
            put(details, "newVenue", after.venueName());
        } else {
            details.put("cancelled", "true");
            put(details, "reason", reason);
        }
        String names = String.join(", ", current.lecturerIds().stream().map(lecturerName)
                .filter(name -> name != null && !name.isBlank()).toList());
        put(details, "lecturers", names.isEmpty() ? null : names);
        return details;
    }

    private static void put(Map<String, String> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }
}
