package org.trainingplatform.notification.message;

import java.util.Locale;

/**
 * What a message tells a trainee. Each kind has its templates, named after it in kebab case
 * ({@code email/enrolment-confirmed.vi.html}, …). A mandatory kind is sent on a channel the trainee
 * opted out of, and says that it is mandatory.
 */
public enum MessageKind {
    ENROLMENT_CONFIRMED(false),
    WAITLISTED(false),
    PROMOTED_FROM_WAITLIST(false),
    NOMINATION_REJECTED(false),
    ENROLMENT_WITHDRAWN(false),
    CLASS_CANCELLED(true),
    CLASS_RESCHEDULED(true);

    private final boolean mandatory;

    MessageKind(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
