package org.trainingplatform.notification.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What templates call to write the facts of an event (kept as plain text in the message) in the
 * reader's language: {@code ${say.period(oldStart, oldEnd)}}, {@code ${say.classification(classification)}},
 * {@code ${say.score(finalScore)}}. A value it cannot read is written as it is.
 */
public final class Wording {

    private static final Map<String, String> VIETNAMESE = Map.ofEntries(
            Map.entry("EXCELLENT", "Xuất sắc"), Map.entry("VERY_GOOD", "Giỏi"), Map.entry("GOOD", "Khá"),
            Map.entry("AVERAGE", "Trung bình"), Map.entry("FAIL", "Không đạt"),
            Map.entry("OPENING_CEREMONY", "Khai giảng"), Map.entry("LECTURE", "Chuyên đề"),
            Map.entry("FIELD_STUDY", "Học tập thực tế"), Map.entry("SEMINAR", "Tọa đàm"),
            Map.entry("CLOSING_CEREMONY", "Bế giảng"));
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("EXCELLENT", "Excellent"), Map.entry("VERY_GOOD", "Very good"), Map.entry("GOOD", "Good"),
            Map.entry("AVERAGE", "Average"), Map.entry("FAIL", "Fail"),
            Map.entry("OPENING_CEREMONY", "Opening ceremony"), Map.entry("LECTURE", "Lecture"),
            Map.entry("FIELD_STUDY", "Field study"), Map.entry("SEMINAR", "Seminar"),
            Map.entry("CLOSING_CEREMONY", "Closing ceremony"));

    private final Language language;
    private final ZoneId zone;

    Wording(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    /** EXCELLENT → "Xuất sắc" / "Excellent" */
    public String classification(String code) {
        return label(code, language);
    }

    /** LECTURE → "Chuyên đề" / "Lecture" */
    public String kind(String code) {
        return label(code, language);
    }

    /** Two instants (ISO-8601; the end may be missing) → "Thứ Hai, 08/08/2022, 08:00–11:30". */
    public String period(String start, String end) {
        try {
            return DateText.period(Instant.parse(start).atZone(zone),
                    end == null || end.isBlank() ? null : Instant.parse(end).atZone(zone), language);
        } catch (DateTimeException | NullPointerException e) {
            return start == null ? "" : start;
        }
    }

    /** An instant → "08:00 ngày 08/08/2022", for SMS. */
    public String shortTime(String instant) {
        try {
            return DateText.shortDateTime(Instant.parse(instant).atZone(zone), language);
        } catch (DateTimeException | NullPointerException e) {
            return instant == null ? "" : instant;
        }
    }

    /** An ISO date → "Thứ Ba, 09/08/2022". */
    public String day(String date) {
        try {
            return DateText.date(LocalDate.parse(date), language);
        } catch (DateTimeException | NullPointerException e) {
            return date == null ? "" : date;
        }
    }

    /** An ISO date → "09/08/2022", for SMS. */
    public String shortDay(String date) {
        try {
            return DateText.shortDate(LocalDate.parse(date));
        } catch (DateTimeException | NullPointerException e) {
            return date == null ? "" : date;
        }
    }

    /** A score on the 10-point scale: "8,75" in Vietnamese, "8.75" in English. */
    public String score(String score) {
        try {
            String plain = new BigDecimal(score).stripTrailingZeros().toPlainString();
            return language == Language.vi ? plain.replace('.', ',') : plain;
        } catch (NumberFormatException | NullPointerException e) {
            return score == null ? "" : score;
        }
    }

    /** A rate (0..1) as a percentage: "87,5%" in Vietnamese, "87.5%" in English. */
    public String percent(String rate) {
        try {
            BigDecimal percent = new BigDecimal(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            String plain = percent.toPlainString();
            return (language == Language.vi ? plain.replace('.', ',') : plain) + "%";
        } catch (NumberFormatException | NullPointerException e) {
            return rate == null ? "" : rate;
        }
    }

    /** A text of several lines (e.g. the reasons a trainee did not complete) → its non-blank lines. */
    public List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A text of several lines → one line, the lines separated by "; ". */
    public String joined(String text) {
        return String.join("; ", lines(text));
    }

    static String sessionKind(String code, Language language) {
        return code == null ? null : (language == Language.vi ? VIETNAMESE : ENGLISH).get(code);
    }

    private static String label(String code, Language language) {
        if (code == null) {
            return "";
        }
        return (language == Language.vi ? VIETNAMESE : ENGLISH).getOrDefault(code, code);
    }
}
