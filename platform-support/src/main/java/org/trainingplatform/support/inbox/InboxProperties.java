package org.trainingplatform.support.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param handledEventsKeptFor how long a consumer remembers an event it handled, to ignore it if it comes again.
 *                             Longer than the event topics keep their records (the broker's 7 days), so that a
 *                             consumer replaying a topic from its start finds every event there remembered.
 * @param retry                how a record whose handling failed is tried again before it goes to the dead-letter topic
 */
@ConfigurationProperties("platform.inbox")
public record InboxProperties(@DefaultValue("30d") Duration handledEventsKeptFor, @DefaultValue Retry retry) {

    /**
     * @param attempts    tries in all, the first included
     * @param firstAfter  the wait before the second try; each wait after it is twice the one before
     * @param longestWait the longest wait between two tries
     */
    public record Retry(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration firstAfter,
                        @DefaultValue("5s") Duration longestWait) {
    }
}
