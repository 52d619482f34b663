package org.trainingplatform.support.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param sweepInterval how often documents with events left behind (by a crash or a broker outage) are looked for
 * @param sweepGrace    how old an event must be before the sweep takes it; younger ones are the immediate relay's
 * @param sendTimeout   how long the relay waits for the broker's acknowledgements of one batch
 * @param maxBackoff    the longest pause between attempts while the broker is unreachable
 * @param removalDelay  how long published events stay in their document, so that one write removes those of several saves
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(@DefaultValue("5s") Duration sweepInterval,
                               @DefaultValue("2s") Duration sweepGrace,
                               @DefaultValue("20s") Duration sendTimeout,
                               @DefaultValue("10s") Duration maxBackoff,
                               @DefaultValue("1s") Duration removalDelay) {
}
