package org.trainingplatform.notification.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    /** For development and tests only; documented in docs/decisions.md. Production sets NOTIFICATION_SECRET_KEY. */
    static final String DEVELOPMENT_KEY = "ZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHJvZHVjdCE=";

    private static final Logger log = LoggerFactory.getLogger(ChannelConfiguration.class);

    @Bean
    SecretBox secretBox(ChannelProperties properties) {
        if (properties.secretKey() == null || properties.secretKey().isBlank()) {
            log.warn("No platform.notification.secret-key is set: agencies' credentials are sealed with the "
                    + "development key. Set NOTIFICATION_SECRET_KEY (Base64 of 32 random bytes) in production.");
            return new SecretBox(DEVELOPMENT_KEY);
        }
        return new SecretBox(properties.secretKey());
    }
}
