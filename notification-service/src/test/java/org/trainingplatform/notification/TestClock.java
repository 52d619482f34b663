package org.trainingplatform.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in the tests: the real time, moved forward when a test needs another time of
 * day (quiet hours). It only ever moves forward, so that leases and back-offs stay consistent; and it
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
