package org.trainingplatform.notification.content;

/** The languages messages are written in; Vietnamese unless the trainee prefers English. */
public enum Language {
    vi, en;

    public static Language of(String code) {
        return "en".equals(code) ? en : vi;
    }
}
