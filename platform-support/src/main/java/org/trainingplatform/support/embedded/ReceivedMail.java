package org.trainingplatform.support.embedded;

import java.time.Instant;
import java.util.List;

/**
 * A mail the embedded SMTP server received: its envelope recipients, its decoded subject and its
 * plain-text and HTML parts (either may be null when the mail has no such part).
 */
public record ReceivedMail(int id, Instant receivedAt, String from, List<String> to, String subject,
                           String text, String html) {
}
