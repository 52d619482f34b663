package org.trainingplatform.notification.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/** A session as a template writes it, in the reader's language and the class's zone. */
public final class SessionText {

    private final SessionLine session;
    private final Language language;
    private final ZonedDateTime start;
    private final ZonedDateTime end;

    SessionText(SessionLine session, Language language, ZoneId zone) {
        this.session = session;
        this.language = language;
        this.start = session.start().atZone(zone);
        this.end = session.end() == null ? null : session.end().atZone(zone);
    }

    LocalDate date() {
        return start.toLocalDate();
    }

    /** "Thứ Hai, 08/08/2022" */
    public String getDay() {
        return DateText.date(start.toLocalDate(), language);
    }

    /** "08:00–11:30" */
    public String getHours() {
        return DateText.hours(start, end);
    }

    /** "08:00" */
    public String getStartTime() {
        return DateText.hours(start, null);
    }

    /** "Thứ Hai, 08/08/2022, 08:00–11:30" */
    public String getWhen() {
        return DateText.period(start, end, language);
    }

    /** "08:00 ngày 08/08/2022", for SMS */
    public String getShortWhen() {
        return DateText.shortDateTime(start, language);
    }

    /** What the session is, with its kind unless the title says it already: "Chuyên đề: Quy hoạch Hà Nội". */
    public String getHeading() {
        String kind = Wording.sessionKind(session.kind(), language);
        String title = session.title();
        if (kind == null || title.toLowerCase(Locale.ROOT).startsWith(kind.toLowerCase(Locale.ROOT))) {
            return title;
        }
        return kind + ": " + title;
    }

    public String getTitle() {
        return session.title();
    }

    public String getVenue() {
        return session.venue();
    }
}
