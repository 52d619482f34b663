package org.trainingplatform.notification.channel;

/** The provider refused this message for good (an invalid address, say): it is not tried again. */
public class RejectedException extends DeliveryFailedException {

    public RejectedException(String reason) {
        super(reason, null);
    }

    public RejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
