package org.trainingplatform.notification.message;

import java.util.Set;

/**
 * Where a message is on its way to the trainee.
 * <pre>
 * WAITING_FOR_CONTACT → PENDING ⇄ SENDING → SENT
 *         │               ↑  ↓        ↘ FAILED (rejected, or retries exhausted) ─ re-send → PENDING
 *         │          DEFERRED (quiet hours)   ↘ UNCONFIRMED (email: the service stopped mid-send) ─ re-send → PENDING
 *         ├→ SKIPPED (opted out, no address)
 *         └→ FAILED (invalid address, template error)
 * </pre>
 */
public enum MessageStatus {
    /** The trainee's contact details (or the class's) are not known yet; written and queued as soon as they are. */
    WAITING_FOR_CONTACT,
    /** Written and queued; sent when its turn comes at its provider. */
    PENDING,
    /** An SMS held back by quiet hours until they end. */
    DEFERRED,
    /** Being handed to the provider, under a lease. */
    SENDING,
    /** Accepted by the provider. */
    SENT,
    /** Will not be sent, with the reason; may be re-sent by the agency. */
    FAILED,
    /** Not due: the trainee opted out of the channel, or has no address on it. */
    SKIPPED,
    /** An email whose sending was interrupted: it may or may not have arrived; the agency decides whether to re-send it. */
    UNCONFIRMED;

    /** What an agency sees in its pending queue. */
    static final Set<MessageStatus> OUTSTANDING = Set.of(WAITING_FOR_CONTACT, PENDING, DEFERRED, SENDING, UNCONFIRMED);
}
