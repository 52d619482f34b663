package org.trainingplatform.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.trainingplatform.support.testing.MovableClock;
import org.trainingplatform.support.testing.TestTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tests' real decoder (signature, issuer, expiry), counting the tokens it is asked to check. */
class RememberedTokensTest {

    final AtomicInteger checked = new AtomicInteger();
    final JwtDecoder real = TestTokens.decoder();
    final JwtDecoder counting = token -> {
        checked.incrementAndGet();
        return real.decode(token);
    };

    @Test
    void aTokenUsedAgainIsCheckedOnceAndSaysTheSame() {
        RememberedTokens tokens = new RememberedTokens(counting, Clock.systemUTC(), 10);
        String token = TestTokens.forAgency("so-noi-vu-hcm");

        assertThat(tokens.decode(token).getClaimAsString("agency_id")).isEqualTo("so-noi-vu-hcm");
        assertThat(tokens.decode(token).getClaimAsString("agency_id")).isEqualTo("so-noi-vu-hcm");

        assertThat(checked).hasValue(1);
    }

    @Test
    void anotherTokenIsCheckedOnItsOwn() {
        RememberedTokens tokens = new RememberedTokens(counting, Clock.systemUTC(), 10);
        String token = TestTokens.forAgency("so-noi-vu-hcm");
        tokens.decode(token);

        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(checked).hasValue(3);
    }

    @Test
    void onceItsExpiryHasPassedATokenIsCheckedAgain() {
        MovableClock clock = new MovableClock(Instant.now());
        RememberedTokens tokens = new RememberedTokens(counting, clock, 10);
        String token = TestTokens.forAgency("so-noi-vu-hcm");
        tokens.decode(token);
        tokens.decode(token);

        clock.moveBy(Duration.ofHours(2));
        tokens.decode(token);

        assertThat(checked).hasValue(2);
    }

    @Test
    void atCapacityTheRememberedTokensAreForgotten() {
        RememberedTokens tokens = new RememberedTokens(counting, Clock.systemUTC(), 2);
        String first = TestTokens.forAgency("a");
        tokens.decode(first);
        tokens.decode(TestTokens.forAgency("b"));
        tokens.decode(TestTokens.forAgency("c"));

        tokens.decode(first);

        assertThat(checked).hasValue(4);
    }
}
