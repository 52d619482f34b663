package org.trainingplatform.notification.message;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The order of messages in their lanes: increasing within this instance, and following the clock (in
 * microseconds) across instances, which is as much order as messages of different instances have.
 */
@Component
class Sequence {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    Sequence(Clock clock) {
        this.clock = clock;
    }

    long next() {
        long now = clock.millis() * 1000;
        return last.updateAndGet(previous -> Math.max(previous + 1, now));
    }
}
