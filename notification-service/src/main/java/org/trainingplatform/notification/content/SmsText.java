package org.trainingplatform.notification.content;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An SMS as the provider bills it. A text made only of GSM-7 characters takes 160 characters in one
 * message and 153 per part once split; characters of the GSM-7 extension table count twice. Any
 * other character, such as a Vietnamese letter with diacritics, sends the whole text as UCS-2: 70
 * characters, or 67 per part.
 */
public record SmsText(String text, Encoding encoding, int segments) {

    public enum Encoding { GSM_7, UCS_2 }

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Character, String> PUNCTUATION = Map.of(
            '\u201C', "\"", '\u201D', "\"", '\u2018', "'", '\u2019', "'", '\u2013', "-", '\u2014', "-",
            '\u2026', "...", '\u00A0', " ", '\u2022', "-");

    public static SmsText of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                int units = text.length();
                return new SmsText(text, Encoding.UCS_2, units <= 70 ? 1 : (units + 66) / 67);
            }
        }
        return new SmsText(text, Encoding.GSM_7, septets <= 160 ? 1 : (septets + 152) / 153);
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
            if (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0) {
                folded.append(c);
            } else {
                folded.append(PUNCTUATION.getOrDefault(c, "?"));
            }
        }
        return folded.toString();
    }
}
