package org.trainingplatform.notification.channel;

/** The provider could not take this message now but may later (a full mailbox, say). */
public class TemporaryFailureException extends DeliveryFailedException {

    public TemporaryFailureException(String reason) {
        super(reason, null);
    }

    public TemporaryFailureException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
