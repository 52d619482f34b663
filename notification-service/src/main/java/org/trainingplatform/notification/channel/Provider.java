package org.trainingplatform.notification.channel;

/** An email or SMS provider: a mail relay or an SMS gateway, the platform's or an agency's own. */
public interface Provider {

    /**
     * Hands the message over.
     *
     * @throws DeliveryFailedException with the reason, saying whether it is worth trying again
     */
    Delivery deliver(Outgoing message);

    /** Lets go of the connections it keeps, once it is no longer used. */
    default void close() {
    }
}
