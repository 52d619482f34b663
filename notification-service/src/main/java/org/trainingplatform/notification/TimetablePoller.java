package org.trainingplatform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.trainingplatform.notification.timetable.Timetables;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks, every poll interval, for timetables due to be sent and day reminders due, as MongoDB has them:
 * nothing is kept in memory, so whatever was due while the service was stopped is sent once it runs
 * again (a reminder whose day has begun excepted), and the messages' ids keep every one single.
 */
@Component
class TimetablePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimetablePoller.class);

    private final Timetables timetables;
    private final SchedulingNotices notices;
    private final Clock clock;
    private volatile boolean running;
    private ScheduledExecutorService executor;

    TimetablePoller(Timetables timetables, SchedulingNotices notices, Clock clock) {
        this.timetables = timetables;
        this.notices = notices;
        this.clock = clock;
    }

    void pass() {
        Instant now = clock.instant();
        try {
            timetables.withDigestDue(now).forEach(classId ->
                    guarded("timetable", classId, () -> notices.sendTimetable(classId)));
            timetables.withReminderDue(now).forEach(classId ->
                    guarded("reminders", classId, () -> notices.sendReminders(classId)));
        } catch (RuntimeException e) {
            log.warn("Looking for due timetables and reminders failed, trying again at the next poll: {}",
                    e.toString());
        }
    }

    private void guarded(String what, String classId, Runnable send) {
        if (!running) {
            return;
        }
        try {
            send.run();
        } catch (RuntimeException e) {
            log.warn("Sending the {} of class {} failed, trying again at the next poll: {}", what, classId,
                    e.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "timetable-poller");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long interval = timetables.policy().pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
