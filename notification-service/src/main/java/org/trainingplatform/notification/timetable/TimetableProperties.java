package org.trainingplatform.notification.timetable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When timetables and reminders go out.
 *
 * @param quietPeriod  a class's timetable is sent once no new session has come for this long
 * @param maxWait      … or at the latest this long after the first session of the burst
 * @param reminderTime the local time (in the class's zone), the day before each day of the class, at which
 *                     the day's reminder is sent
 * @param pollInterval how often due timetables and reminders are looked for
 */
@ConfigurationProperties("platform.notification.timetable")
public record TimetableProperties(@DefaultValue("30s") Duration quietPeriod, @DefaultValue("5m") Duration maxWait,
                                  @DefaultValue("17:00") LocalTime reminderTime,
                                  @DefaultValue("5s") Duration pollInterval) {
}
