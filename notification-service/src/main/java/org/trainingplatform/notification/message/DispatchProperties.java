package org.trainingplatform.notification.message;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the queue of messages is worked off.
 *
 * @param pollInterval          how often due messages, ended quiet hours and expired leases are looked for
 *                              (a message that becomes pending is dispatched at once anyway)
 * @param lease                 how long a message may stay SENDING before it is taken for interrupted; longer
 *                              than the slowest provider call with its retries
 * @param workers               how many lanes are worked off at the same time
 * @param initialBackoff        the wait after a first failed try; doubled after each further one
 * @param maxBackoff            the longest wait between tries
 * @param maxTemporaryFailures  how many times a provider may say "not now" about a message before it fails
 * @param giveUpAfter           how long a message may wait for an unavailable provider before it fails
 */
@ConfigurationProperties("platform.notification.dispatch")
record DispatchProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("60s") Duration lease,
                          @DefaultValue("8") int workers, @DefaultValue("5s") Duration initialBackoff,
                          @DefaultValue("10m") Duration maxBackoff, @DefaultValue("5") int maxTemporaryFailures,
                          @DefaultValue("24h") Duration giveUpAfter) {
}
