package org.trainingplatform.notification.message;

import java.util.Locale;

/**
 * What a message tells its recipient. Each kind has its templates, named after it in kebab case
 * ({@code email/enrolment-confirmed.vi.html}, …). A mandatory kind is sent on a channel the trainee
 * opted out of, and says that it is mandatory. A kind may list the class's sessions ({@link Sessions}).
 */
public enum MessageKind {
    ENROLMENT_CONFIRMED(false, Sessions.IF_PUBLISHED),
    WAITLISTED(false),
    PROMOTED_FROM_WAITLIST(false, Sessions.IF_PUBLISHED),
    NOMINATION_REJECTED(false),
    ENROLMENT_WITHDRAWN(false),
    CLASS_CANCELLED(true),
    CLASS_RESCHEDULED(true),
    TIMETABLE(false, Sessions.ALL),
    SESSION_CHANGED(true),
    DAY_REMINDER(false, Sessions.OF_THE_DAY),
    ATTENDANCE_AT_RISK(false),
    RESULT_COMPLETED(false),
    RESULT_NOT_COMPLETED(false),
    MERIT_AWARDED(false),
    CERTIFICATE_REVOKED(true);

    /** Which of the class's sessions (not cancelled, in time order) a message lists when it is written. */
    public enum Sessions {
        NONE,
        /** Every session, once the trainees have been sent the timetable. */
        IF_PUBLISHED,
        ALL,
        /** The sessions of the day in the message's {@code day} detail (an ISO date). */
        OF_THE_DAY
    }

    private final boolean mandatory;
    private final Sessions sessions;

    MessageKind(boolean mandatory) {
        this(mandatory, Sessions.NONE);
    }

    MessageKind(boolean mandatory, Sessions sessions) {
        this.mandatory = mandatory;
        this.sessions = sessions;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public Sessions sessions() {
        return sessions;
    }

    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
