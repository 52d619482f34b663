package org.trainingplatform.support.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param handledEventsKeptFor how long a consumer remembers an event it handled, to ignore it if it comes again.
 *                             Longer than the event topics keep their records (the broker's 7 days), so that a
 *                             consumer replaying a topic from its start finds every event there remembered.
 */
@ConfigurationProperties("platform.inbox")
public record InboxProperties(@DefaultValue("30d") Duration handledEventsKeptFor) {
}
