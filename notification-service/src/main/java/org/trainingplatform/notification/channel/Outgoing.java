package org.trainingplatform.notification.channel;

/**
 * A message as a provider receives it. {@code reference} is stable across re-tries of the same
 * message (the SMS {@code clientReference}, the email {@code Message-ID}), so that a provider that
 * deduplicates accepts it once. {@code subject} and {@code html} are null for an SMS.
 */
public record Outgoing(String reference, String to, String subject, String html, String text) {
}
