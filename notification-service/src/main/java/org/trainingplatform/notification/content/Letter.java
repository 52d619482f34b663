package org.trainingplatform.notification.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a message says, before it is written in a language: which template, to whom, about which
 * class, the facts of the event ({@code details}, e.g. a reason or a waitlist position) and the
 * sessions it lists, if any (a timetable, a day's sessions).
 *
 * @param zone     the class's time zone, in which dates and times are written
 * @param issuedAt when the message was written, shown in the class's zone
 */
public record Letter(String template, Language language, Addressee to, String classTitle, String programmeTitle,
                     LocalDate startDate, LocalDate endDate, String venue, ZoneId zone, Instant issuedAt,
                     boolean mandatory, Map<String, String> details, List<SessionLine> sessions) {

    public Letter {
        details = details == null ? Map.of() : Map.copyOf(details);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
