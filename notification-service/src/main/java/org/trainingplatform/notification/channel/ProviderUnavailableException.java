package org.trainingplatform.notification.channel;

/** The provider cannot be reached or refuses the credentials: every message of it waits until it recovers. */
public class ProviderUnavailableException extends DeliveryFailedException {

    public ProviderUnavailableException(String reason) {
        super(reason, null);
    }

    public ProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
