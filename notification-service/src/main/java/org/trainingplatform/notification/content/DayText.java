package org.trainingplatform.notification.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One day of a timetable as a template writes it: the day, then its sessions in order. */
public final class DayText {

    private final String day;
    private final List<SessionText> sessions;

    private DayText(String day, List<SessionText> sessions) {
        this.day = day;
        this.sessions = List.copyOf(sessions);
    }

    /** The sessions (in time order) grouped by their day in the class's zone. */
    static List<DayText> of(List<SessionText> sessions) {
        Map<LocalDate, List<SessionText>> byDay = new LinkedHashMap<>();
        sessions.forEach(s -> byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        return byDay.values().stream().map(list -> new DayText(list.get(0).getDay(), list)).toList();
    }

    public String getDay() {
        return day;
    }

    public List<SessionText> getSessions() {
        return sessions;
    }
}
