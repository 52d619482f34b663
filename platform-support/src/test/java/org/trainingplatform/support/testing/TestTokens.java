package org.trainingplatform.support.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Access tokens minted by the tests, signed with a key the services under test are told to trust. */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:9000";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** A token as the authorization server issues it to an agency's client. */
    public static String forAgency(String agencyId, String... roles) {
        return sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(agencyId + "-client")
                .claim("agency_id", agencyId)
                .claim("roles", List.of(roles.length == 0 ? new String[]{"TRAINING_STAFF"} : roles))
                .claim("scope", "platform")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    /** A correctly signed token that names no agency. */
    public static String withoutAgency() {
        return sign(new JWTClaimsSet.Builder().issuer(ISSUER).subject("someone")
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
    }

    public static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
