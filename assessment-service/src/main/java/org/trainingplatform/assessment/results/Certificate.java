package org.trainingplatform.assessment.results;

import java.time.Instant;

/** A certificate of completion: its number, the code anyone can check it by, and whether it was revoked. */
public record Certificate(String number, String verificationCode, Instant issuedAt, Instant revokedAt,
                          String revocationReason) {

    Certificate revoked(Instant at, String reason) {
        return new Certificate(number, verificationCode, issuedAt, at, reason);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
