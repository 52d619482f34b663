package org.trainingplatform.notification.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

/**
 * The platform's own channels, used by every agency that has not configured its own, and the key
 * that seals agencies' credentials.
 *
 * @param secretKey Base64 of 32 random bytes (AES-256); the development default must be replaced in production
 */
@ConfigurationProperties("platform.notification")
public record ChannelProperties(Email email, Sms sms, @DefaultValue QuietHoursDefault quietHours, String secretKey) {

    public record Email(String host, @DefaultValue("25") int port, String username, String password,
                        String fromAddress, String fromName, @DefaultValue("false") boolean startTls,
                        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

        @Override
        public String toString() {
            return "Email[" + host + ":" + port + ", from=" + fromAddress + "]";
        }
    }

    public record Sms(URI url, String apiKey, String sender, @DefaultValue("5s") Duration connectTimeout,
                      @DefaultValue("10s") Duration readTimeout) {

        @Override
        public String toString() {
            return "Sms[" + url + ", sender=" + sender + "]";
        }
    }

    public record QuietHoursDefault(@DefaultValue("21:00") LocalTime start, @DefaultValue("07:00") LocalTime end) {
    }

    @Override
    public String toString() {
        return "ChannelProperties[" + email + ", " + sms + ", " + quietHours + "]";
    }
}
