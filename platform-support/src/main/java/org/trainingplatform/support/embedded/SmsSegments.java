package org.trainingplatform.support.embedded;

/**
 * How many SMS a text costs. A text made only of GSM-7 characters takes 160 characters in one
 * message and 153 per part once it is split (the rest of each part carries the concatenation
 * header); characters of the GSM-7 extension table count twice. Any other character, such as a
 * Vietnamese letter with diacritics, sends the whole text as UCS-2: 70 characters, or 67 per part.
 */
record SmsSegments(String encoding, int count) {

    static final String GSM_7 = "GSM-7";
    static final String UCS_2 = "UCS-2";

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    static SmsSegments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return new SmsSegments(UCS_2, parts(text.length(), 70, 67));
            }
        }
        return new SmsSegments(GSM_7, parts(septets, 160, 153));
    }

    private static int parts(int length, int single, int perPart) {
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }
}
