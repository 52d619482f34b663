package org.trainingplatform.notification.message;

import org.trainingplatform.notification.channel.DeliveryFailedException;
import org.trainingplatform.notification.channel.ProviderCall;
import org.trainingplatform.notification.channel.TemporaryFailureException;
import org.trainingplatform.notification.message.Attempt.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's tries at being handed over: every call of a provider, kept for the agency to see, and the
 * failures the retry policy counts. Part of the message's document (its fields {@code attempts},
 * {@code failedTries} and {@code temporaryFailures}).
 */
class Attempts {

    private List<Attempt> attempts = new ArrayList<>();
    private int failedTries;
    private int temporaryFailures;

    void record(List<ProviderCall> calls, String providerName) {
        calls.forEach(call -> attempts.add(new Attempt(call.at(), call.accepted() ? Outcome.ACCEPTED : Outcome.FAILED,
                providerName, call.error())));
    }

    void refused(Instant at, String reason) {
        attempts.add(new Attempt(at, Outcome.REFUSED, null, reason));
    }

    void interrupted(Instant at, String providerName) {
        attempts.add(new Attempt(at, Outcome.INTERRUPTED, providerName, "The service stopped while sending"));
    }

    /** Counts a try that failed; true when the policy gives up on temporary failures. */
    boolean failed(DeliveryFailedException failure, DispatchProperties policy) {
        failedTries++;
        if (failure instanceof TemporaryFailureException) {
            temporaryFailures++;
        }
        return temporaryFailures >= policy.maxTemporaryFailures();
    }

    /** The wait before the next try: doubling with each failed try, up to the policy's most. */
    Duration backoff(DispatchProperties policy) {
        Duration backoff = policy.initialBackoff().multipliedBy(1L << Math.min(failedTries - 1, 20));
        return backoff.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : backoff;
    }

    /** A message written afresh is tried as often as a new one; its earlier attempts stay on record. */
    void startAgain() {
        failedTries = 0;
        temporaryFailures = 0;
    }

    int count() {
        return attempts.size();
    }

    List<Attempt> list() {
        return List.copyOf(attempts);
    }
}
