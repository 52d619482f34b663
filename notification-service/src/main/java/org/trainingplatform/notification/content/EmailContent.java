package org.trainingplatform.notification.content;

/** An email as the trainee reads it: subject, HTML part and plain-text part. */
public record EmailContent(String subject, String html, String text) {
}
