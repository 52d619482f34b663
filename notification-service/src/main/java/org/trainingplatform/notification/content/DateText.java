package org.trainingplatform.notification.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times as a reader of each language writes them: "Thứ Hai, 08/08/2022" or "Monday, 8 August
 * 2022"; a session's time as "Thứ Hai, 08/08/2022, 08:00–11:30".
 */
final class DateText {

    private static final Map<DayOfWeek, String> VIETNAMESE_DAYS = Map.of(
            DayOfWeek.MONDAY, "Thứ Hai", DayOfWeek.TUESDAY, "Thứ Ba", DayOfWeek.WEDNESDAY, "Thứ Tư",
            DayOfWeek.THURSDAY, "Thứ Năm", DayOfWeek.FRIDAY, "Thứ Sáu", DayOfWeek.SATURDAY, "Thứ Bảy",
            DayOfWeek.SUNDAY, "Chủ Nhật");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DateText() {
    }

    static String date(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return switch (language) {
            case vi -> VIETNAMESE_DAYS.get(date.getDayOfWeek()) + ", " + VIETNAMESE_DATE.format(date);
            case en -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + ENGLISH_DATE.format(date);
        };
    }

    /** A short date for SMS: "08/08/2022" in both languages. */
    static String shortDate(LocalDate date) {
        return date == null ? "" : VIETNAMESE_DATE.format(date);
    }

    /** From start to end, the day written once if they fall on the same day; an unknown end is left out. */
    static String period(ZonedDateTime start, ZonedDateTime end, Language language) {
        String from = date(start.toLocalDate(), language) + ", " + TIME.format(start);
        if (end == null) {
            return from;
        }
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return from + "–" + TIME.format(end);
        }
        return from + " – " + date(end.toLocalDate(), language) + ", " + TIME.format(end);
    }

    /** A session's hours: "08:00–11:30". */
    static String hours(ZonedDateTime start, ZonedDateTime end) {
        return end == null || !end.toLocalDate().equals(start.toLocalDate())
                ? TIME.format(start) : TIME.format(start) + "–" + TIME.format(end);
    }

    /** A short time for SMS: "08:00 ngày 08/08/2022", "08:00 on 08/08/2022". */
    static String shortDateTime(ZonedDateTime time, Language language) {
        return TIME.format(time) + (language == Language.vi ? " ngày " : " on ") + VIETNAMESE_DATE.format(time);
    }

    static String dateTime(ZonedDateTime time, Language language) {
        return switch (language) {
            case vi -> TIME.format(time) + " " + date(time.toLocalDate(), language);
            case en -> TIME.format(time) + ", " + date(time.toLocalDate(), language);
        };
    }
}
