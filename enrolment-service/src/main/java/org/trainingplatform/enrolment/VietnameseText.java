package org.trainingplatform.enrolment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching: without diacritics, đ as d, lower case, single spaces. So
 * "nguyen thi tuyen" matches "Nguyễn Thị Tuyến", and "pho giam doc so" matches "Phó Giám đốc Sở".
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** The text in Unicode NFC, as it is stored: the same name typed on two keyboards is the same string. */
    public static String canonical(String text) {
        return text == null ? null : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }
}
