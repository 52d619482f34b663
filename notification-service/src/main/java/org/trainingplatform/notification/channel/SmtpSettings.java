package org.trainingplatform.notification.channel;

import java.time.Duration;

/** How to reach a mail relay. The password is in clear here, in memory only, and never printed. */
public record SmtpSettings(String host, int port, String username, String password, String fromAddress,
                           String fromName, boolean startTls, Duration connectTimeout, Duration readTimeout) {

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", username=" + username + ", password="
                + (password == null || password.isEmpty() ? "none" : "******") + ", from=" + fromAddress + "]";
    }
}
