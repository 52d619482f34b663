package org.trainingplatform.notification.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which no SMS is sent, in the trainee's local time; a window that crosses midnight
 * (21:00–07:00, the default) is read as such. Equal start and end mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** The earliest moment from {@code now} at which an SMS may go out: {@code now}, or the end of the quiet hours. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate date = local.toLocalDate();
        if (start.equals(end)) {
            return now;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end) ? ZonedDateTime.of(date, end, zone).toInstant() : now;
        }
        if (!time.isBefore(start)) {
            return ZonedDateTime.of(date.plusDays(1), end, zone).toInstant();
        }
        return time.isBefore(end) ? ZonedDateTime.of(date, end, zone).toInstant() : now;
    }
}
