package org.trainingplatform.notification.timetable;

import java.time.Instant;
import java.util.List;

/** When and where a session takes place, and who teaches it; {@code end} and {@code venueName} may be unknown. */
public record Slot(Instant start, Instant end, String venueName, List<String> lecturerIds) {

    public Slot {
        lecturerIds = lecturerIds == null ? List.of() : List.copyOf(lecturerIds);
    }
}
