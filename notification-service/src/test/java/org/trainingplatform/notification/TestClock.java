package org.trainingplatform.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in the tests: the real time, moved forward when a test needs another time of
 * day (quiet hours) or another day (reminders). It only ever moves forward, so that leases and back-offs stay consistent; and it
 * starts in the daytime of Hanoi, so that no test's SMS meets the quiet hours by chance.
 */
final class TestClock extends Clock {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    static {
        LocalTime local = LocalTime.now(HANOI);
        if (local.isAfter(LocalTime.of(20, 0)) || local.isBefore(LocalTime.of(7, 30))) {
            moveTo(LocalTime.of(7, 30));
        }
    }

    /** Moves the clock forward to the next moment this local time comes round in Hanoi. */
    static synchronized Instant moveTo(LocalTime localTime) {
        Instant now = Instant.now().plus(OFFSET.get());
        ZonedDateTime target = now.atZone(HANOI).with(localTime);
        if (!target.toInstant().isAfter(now)) {
            target = target.plusDays(1);
        }
        OFFSET.set(OFFSET.get().plus(Duration.between(now, target.toInstant())));
        return target.toInstant();
    }

    /** Moves the clock forward to the instant, which must be in its future. */
    static synchronized void moveTo(Instant target) {
        Instant now = Instant.now().plus(OFFSET.get());
        if (!target.isAfter(now)) {
            throw new IllegalArgumentException("The test clock only moves forward: " + target + " is not after " + now);
        }
        OFFSET.set(OFFSET.get().plus(Duration.between(now, target)));
    }

    /** Today in Hanoi, by this clock. */
    static LocalDate today() {
        return Instant.now().plus(OFFSET.get()).atZone(HANOI).toLocalDate();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(OFFSET.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), OFFSET.get());
    }
}
