package org.trainingplatform.notification.channel;

/** How an agency's SMS are written and when they may go out. */
public record SendingPolicy(QuietHours quietHours, boolean smsWithoutDiacritics) {
}
