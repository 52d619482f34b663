package org.trainingplatform.notification.channel;

/** A credential as it is stored: sealed by the {@link SecretBox}, and never shown, not even in a log line. */
record EncryptedSecret(String sealed) {

    @Override
    public String toString() {
        return "******";
    }
}
