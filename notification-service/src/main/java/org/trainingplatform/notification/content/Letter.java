package org.trainingplatform.notification.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a message says, before it is written in a language: which template, to whom, about which
 * class, and the facts of the event ({@code details}, e.g. a reason or a waitlist position).
 *
 * @param zone     the trainee's time zone, in which dates and times are written
 * @param issuedAt when the message was written, shown in the trainee's zone
 */
public record Letter(String template, Language language, String traineeName, String classTitle, String programmeTitle,
                     LocalDate startDate, LocalDate endDate, String venue, ZoneId zone, Instant issuedAt,
                     boolean mandatory, Map<String, String> details) {

    public Letter {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
