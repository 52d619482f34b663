package org.trainingplatform.notification.channel;

import java.time.Instant;

/** One call of a provider: when, and the error if it did not accept the message. */
public record ProviderCall(Instant at, String error) {

    public boolean accepted() {
        return error == null;
    }
}
