package org.trainingplatform.notification.channel;

/** A provider accepted the message; its own id for it, if it gave one. */
public record Delivery(String providerMessageId) {
}
