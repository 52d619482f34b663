package org.trainingplatform.notification.channel;

/** The ways a trainee is reached. */
public enum Channel {
    EMAIL, SMS
}
