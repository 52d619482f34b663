package org.trainingplatform.support.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A decoder that remembers the tokens it accepted until they expire. A client uses one access token for
 * many requests, and checking its signature each time was a sixth of a nomination's CPU in enrolment.
 * Only the exact token is remembered, so nothing another token says is taken on trust; once the token's
 * expiry has passed it goes through the decoder again, which refuses it. A token without an expiry is
 * checked every time. At most {@code capacity} tokens are remembered: when full, the expired ones are
 * forgotten, or, if none has expired, all of them.
 */
final class RememberedTokens implements JwtDecoder {

    static final int CAPACITY = 1_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> accepted = new ConcurrentHashMap<>();

    RememberedTokens(JwtDecoder decoder, Clock clock, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Instant now = clock.instant();
        Jwt known = accepted.get(token);
        if (known != null && now.isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (accepted.size() >= capacity) {
                accepted.values().removeIf(old -> !now.isBefore(old.getExpiresAt()));
                if (accepted.size() >= capacity) {
                    accepted.clear();
                }
            }
            accepted.put(token, jwt);
        }
        return jwt;
    }
}
