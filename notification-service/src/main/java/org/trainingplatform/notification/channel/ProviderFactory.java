package org.trainingplatform.notification.channel;

import org.springframework.stereotype.Component;

import java.time.Clock;

/** Makes the adapters the platform ships: an SMTP relay and a generic HTTP SMS gateway. */
@Component
public class ProviderFactory {

    private final Clock clock;

    public ProviderFactory(Clock clock) {
        this.clock = clock;
    }

    public Provider smtp(SmtpSettings settings) {
        return new SmtpProvider(settings, clock);
    }

    public Provider sms(SmsSettings settings) {
        return new HttpSmsProvider(settings);
    }
}
