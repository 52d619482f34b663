package org.trainingplatform.notification.timetable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The reminder of one day of the class that has sessions, due the day before at the reminder time. Its
 * id ({@code day-reminder:<classId>:<day>}) makes the ids of its messages, so it is sent at most once;
 * one found due after its day's first session started is not sent (EXPIRED).
 */
public class DayReminder {

    enum Status { DUE, SENT, EXPIRED }

    private String id;
    private LocalDate day;
    private Instant dueAt;
    private Status status;
    private Instant settledAt;

    private DayReminder() {
    }

    static DayReminder due(String classId, LocalDate day, Instant dueAt) {
        DayReminder reminder = new DayReminder();
        reminder.id = idOf(classId, day);
        reminder.day = day;
        reminder.dueAt = dueAt;
        reminder.status = Status.DUE;
        return reminder;
    }

    static String idOf(String classId, LocalDate day) {
        return "day-reminder:" + classId + ":" + day;
    }

    void reschedule(Instant newDueAt) {
        if (isDue()) {
            dueAt = newDueAt;
        }
    }

    void settle(Status outcome, Instant now) {
        if (isDue()) {
            status = outcome;
            settledAt = now;
        }
    }

    boolean isDue() {
        return status == Status.DUE;
    }

    boolean isDueAt(Instant now) {
        return isDue() && !dueAt.isAfter(now);
    }

    public String id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String status() {
        return status.name();
    }
}
