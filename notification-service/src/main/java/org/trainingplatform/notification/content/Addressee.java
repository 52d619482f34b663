package org.trainingplatform.notification.content;

/**
 * Whom a message is written to: a trainee, or a lecturer, who is addressed by their title if they
 * have one ("Kính gửi PGS.TS. Nguyễn Văn An") and is told about their sessions rather than the class.
 */
public record Addressee(String name, String honorific, boolean lecturer) {

    public static Addressee trainee(String name) {
        return new Addressee(name, null, false);
    }

    public static Addressee lecturer(String name, String honorific) {
        return new Addressee(name, honorific == null || honorific.isBlank() ? null : honorific.strip(), true);
    }

    /** The name with its title, as a salutation writes it: "ông/bà Nguyễn Thị Tuyến", "PGS.TS. Nguyễn Văn An". */
    String dear(Language language) {
        if (honorific != null) {
            return honorific + " " + name;
        }
        return language == Language.vi ? "ông/bà " + name : name;
    }
}
