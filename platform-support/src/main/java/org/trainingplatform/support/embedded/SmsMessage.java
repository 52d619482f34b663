package org.trainingplatform.support.embedded;

import java.time.Instant;

/** A text message the SMS gateway simulator accepted, with the API key that sent it. */
public record SmsMessage(String messageId, String to, String text, String sender, String clientReference,
                         String apiKey, int segments, String encoding, Instant receivedAt) {
}
