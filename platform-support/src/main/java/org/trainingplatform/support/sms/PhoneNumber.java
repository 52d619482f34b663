package org.trainingplatform.support.sms;

import org.trainingplatform.support.web.InvalidFieldException;

import java.util.regex.Pattern;

/**
 * A mobile number in E.164. Vietnamese numbers are accepted as people write them (0912 345 678,
 * 84912345678, +84 912-345-678) and must use a mobile prefix; other countries' numbers must be given
 * in international form (+…). Trainees' and lecturers' numbers are kept in this form, the one SMS
 * gateways take.
 */
public record PhoneNumber(String e164) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern VIETNAMESE_MOBILE = Pattern.compile("(3[2-9]|5[25689]|7[06789]|8[1-9]|9\\d)\\d{7}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{7,14}");

    /**
     * The number written in a request's field, in E.164; null if none was written.
     *
     * @throws InvalidFieldException naming the field and what was written, if it is not a mobile number
     */
    public static String e164Of(String field, String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return parse(written).e164();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming what was written, if it is not a mobile number */
    public static PhoneNumber parse(String written) {
        String digits = SEPARATORS.matcher(written.trim()).replaceAll("");
        String national = null;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        }
        if (national != null) {
            if (!VIETNAMESE_MOBILE.matcher(national).matches()) {
                throw new IllegalArgumentException("'" + written + "' is not a Vietnamese mobile number");
            }
            return new PhoneNumber("+84" + national);
        }
        if (!INTERNATIONAL.matcher(digits).matches()) {
            throw new IllegalArgumentException("'" + written + "' is not a phone number (use 0912345678 or +<country code>…)");
        }
        return new PhoneNumber(digits);
    }
}
