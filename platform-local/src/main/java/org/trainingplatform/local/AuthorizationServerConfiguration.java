package org.trainingplatform.local;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.trainingplatform.support.security.Caller;

import java.util.List;

/**
 * The platform's authorization server: one client-credentials client per demo agency, whose access
 * tokens are RS256 JWTs naming the agency and its roles, as the services expect them. Spring Boot
 * configures the endpoints ({@code /oauth2/token}, {@code /oauth2/jwks}, discovery) around these beans.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final List<String> ROLES = List.of("TRAINING_STAFF");

    @Bean
    RegisteredClientRepository agencyClients() {
        return new InMemoryRegisteredClientRepository(DemoAgency.ALL.stream().map(DemoAgency::client).toList());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(LocalPlatformSettings settings) {
        return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(LocalPlatformSettings settings) {
        return new ImmutableJWKSet<>(new JWKSet(
                SigningKey.loadOrCreate(settings.dataDir().resolve("authorization-server").resolve("signing-key.json"))));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> agencyClaims() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims()
                        .claim(Caller.AGENCY_CLAIM, context.getRegisteredClient().getClientId())
                        .claim(Caller.ROLES_CLAIM, ROLES);
            }
        };
    }
}
