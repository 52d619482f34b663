package org.trainingplatform.scheduling.timetable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.trainingplatform.support.web.NotFoundException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Unguessable links to calendar feeds. Calendar apps subscribe without a token, so the link itself is
 * the permission: it names what the feed shows (a class, a trainee, a lecturer) and carries an HMAC
 * of that, which only the service can make.
 */
@Component
class FeedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    FeedTokens(@Value("${platform.scheduling.feed-secret}") String secret) {
        this.secret = secret.getBytes(UTF_8);
    }

    String issue(Feed feed) {
        String subject = feed.kind().name() + ":" + feed.id();
        return ENCODER.encodeToString(subject.getBytes(UTF_8)) + "." + ENCODER.encodeToString(mac(subject));
    }

    Feed verify(String token) {
        return parse(token).orElseThrow(() -> new NotFoundException("Calendar feed", token));
    }

    private Optional<Feed> parse(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String subject = new String(DECODER.decode(token.substring(0, dot)), UTF_8);
            if (!MessageDigest.isEqual(mac(subject), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            int colon = subject.indexOf(':');
            return Optional.of(new Feed(Feed.Kind.valueOf(subject.substring(0, colon)), subject.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(subject.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    record Feed(Kind kind, String id) {
        enum Kind { CLASS, TRAINEE, LECTURER }
    }
}
