package org.trainingplatform.notification.channel;

import org.springframework.stereotype.Component;

/** Makes the adapters the platform ships: an SMTP relay and a generic HTTP SMS gateway. */
@Component
public class ProviderFactory {

    public Provider smtp(SmtpSettings settings) {
        return new SmtpProvider(settings);
    }

    public Provider sms(SmsSettings settings) {
        return new HttpSmsProvider(settings);
    }
}
