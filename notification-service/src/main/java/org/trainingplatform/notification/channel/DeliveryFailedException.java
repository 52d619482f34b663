package org.trainingplatform.notification.channel;

/**
 * A provider did not take the message. The subclass says what to do: {@link RejectedException} (this
 * message will never be accepted), {@link TemporaryFailureException} (this message may be accepted
 * later) or {@link ProviderUnavailableException} (the provider itself is down or misconfigured:
 * every message waits for it). The message is the reason an operator reads; it never holds a credential.
 */
public abstract class DeliveryFailedException extends RuntimeException {

    protected DeliveryFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
