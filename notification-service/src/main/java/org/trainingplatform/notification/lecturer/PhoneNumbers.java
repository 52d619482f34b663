package org.trainingplatform.notification.lecturer;

import java.util.regex.Pattern;

/**
 * Lecturers' phone numbers come as people write them (0912 345 678, +84 912-345-678); SMS providers
 * want E.164. A number that cannot be read is kept as written, and a message to it fails with the reason.
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern VIETNAMESE = Pattern.compile("[1-9]\\d{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{7,14}");

    private PhoneNumbers() {
    }

    static String e164(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String digits = SEPARATORS.matcher(written.strip()).replaceAll("");
        String national = digits.startsWith("+84") ? digits.substring(3)
                : digits.startsWith("84") && digits.length() == 11 ? digits.substring(2)
                : digits.startsWith("0") ? digits.substring(1) : null;
        if (national != null && VIETNAMESE.matcher(national).matches()) {
            return "+84" + national;
        }
        return INTERNATIONAL.matcher(digits).matches() ? digits : written.strip();
    }
}
