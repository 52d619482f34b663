package org.trainingplatform.scheduling.calendar;

import java.time.Instant;

/**
 * One session's hold on a shared resource (a venue or a lecturer) for a span of time.
 * {@code bookingId} changes with every reschedule, so an old hold can be told from the current one.
 */
public record Booking(String bookingId, String sessionId, String classId, String classTitle, String agencyId, String title,
                      Instant start, Instant end, boolean overridden, Instant bookedAt) {

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && end.isAfter(otherStart);
    }
}
