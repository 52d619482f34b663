package org.trainingplatform.scheduling.timetable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.trainingplatform.scheduling.calendar.Booking;
import org.trainingplatform.scheduling.calendar.ResourceCalendars;

import java.time.Clock;
import java.time.Duration;

/**
 * Gives back bookings that no timetable stands behind: left by a process that stopped between booking
 * a venue or lecturer and writing the timetable, or superseded by a reschedule whose clean-up was cut
 * short. Only bookings older than a grace period are looked at, so work in progress is never touched.
 */
@Component
class AbandonedBookings {

    private static final Logger log = LoggerFactory.getLogger(AbandonedBookings.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ResourceCalendars calendars;
    private final TimetableRepository timetables;
    private final Clock clock;

    AbandonedBookings(ResourceCalendars calendars, TimetableRepository timetables, Clock clock) {
        this.calendars = calendars;
        this.timetables = timetables;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.scheduling.booking-sweep-interval:60s}", initialDelayString = "30s")
    void sweep() {
        calendars.withBookingsBefore(clock.instant().minus(GRACE)).forEach(calendar -> {
            for (Booking booking : calendar.bookings()) {
                boolean current = booking.bookedAt().isAfter(clock.instant().minus(GRACE))
                        || timetables.findById(booking.classId())
                        .filter(t -> t.holds(booking.sessionId(), booking.bookingId(), calendar.id())).isPresent();
                if (!current) {
                    log.info("Releasing abandoned booking {} of {}", booking.bookingId(), calendar.id());
                    calendars.releaseBooking(calendar.id(), booking.bookingId());
                }
            }
        });
    }
}
