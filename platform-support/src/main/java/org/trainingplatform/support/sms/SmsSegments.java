package org.trainingplatform.support.sms;

/**
 * How many SMS a text costs. A text made only of GSM-7 characters takes 160 characters in one
 * message and 153 per part once it is split (the rest of each part carries the concatenation
 * header); characters of the GSM-7 extension table count twice. Any other character, such as a
 * Vietnamese letter with diacritics, sends the whole text as UCS-2: 70 characters, or 67 per part.
 */
public record SmsSegments(Encoding encoding, int count) {

    public enum Encoding {
        GSM_7, UCS_2;

        /** The name as SMS gateways write it: "GSM-7", "UCS-2". */
        public String label() {
            return name().replace('_', '-');
        }
    }

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    public static SmsSegments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return new SmsSegments(Encoding.UCS_2, parts(text.length(), 70, 67));
            }
        }
        return new SmsSegments(Encoding.GSM_7, parts(septets, 160, 153));
    }

    /** Whether the character travels as GSM-7 (basic or extension table). */
    public static boolean isGsm7(char c) {
        return BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0;
    }

    private static int parts(int length, int single, int perPart) {
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }
}
