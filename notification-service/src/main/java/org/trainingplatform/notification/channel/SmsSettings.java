package org.trainingplatform.notification.channel;

import java.net.URI;
import java.time.Duration;

/** How to reach an HTTP SMS gateway. The API key is in clear here, in memory only, and never printed. */
public record SmsSettings(URI url, String apiKey, String sender, Duration connectTimeout, Duration readTimeout) {

    @Override
    public String toString() {
        return "SmsSettings[" + url + ", apiKey=******, sender=" + sender + "]";
    }
}
