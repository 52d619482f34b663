package org.trainingplatform.notification.message;

import java.time.Instant;

/**
 * One try at delivering a message: a call of the provider ({@code ACCEPTED}, {@code FAILED}), a
 * message refused before any call ({@code REFUSED}: invalid address, template error) or a call whose
 * outcome was lost because the service stopped ({@code INTERRUPTED}).
 */
public record Attempt(Instant at, Outcome outcome, String provider, String detail) {

    public enum Outcome { ACCEPTED, FAILED, REFUSED, INTERRUPTED }
}
