package org.trainingplatform.support.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Makes the service under test trust the tokens of {@link TestTokens} (and only those). */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

    @Bean
    JwtDecoder testJwtDecoder() {
        return TestTokens.decoder();
    }
}
