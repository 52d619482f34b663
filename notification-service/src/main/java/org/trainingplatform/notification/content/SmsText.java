package org.trainingplatform.notification.content;

import org.trainingplatform.support.sms.SmsSegments;
import org.trainingplatform.support.sms.SmsSegments.Encoding;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/** An SMS as the provider bills it: its encoding and how many segments it takes (see {@link SmsSegments}). */
public record SmsText(String text, Encoding encoding, int segments) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Character, String> PUNCTUATION = Map.of(
            '\u201C', "\"", '\u201D', "\"", '\u2018', "'", '\u2019', "'", '\u2013', "-", '\u2014', "-",
            '\u2026', "...", '\u00A0', " ", '\u2022', "-");

    public static SmsText of(String text) {
        SmsSegments segments = SmsSegments.of(text);
        return new SmsText(text, segments.encoding(), segments.count());
    }

    /** The text without Vietnamese diacritics (đ as d), so that it travels as GSM-7 and costs fewer segments. */
    public static SmsText withoutDiacritics(String text) {
        return of(fold(text));
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder folded = new StringBuilder(unmarked.length());
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            if (SmsSegments.isGsm7(c)) {
                folded.append(c);
            } else {
                folded.append(PUNCTUATION.getOrDefault(c, "?"));
            }
        }
        return folded.toString();
    }
}
