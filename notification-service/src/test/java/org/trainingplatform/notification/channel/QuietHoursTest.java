package org.trainingplatform.notification.channel;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    @Test
    void duringTheDayAnSmsGoesAtOnce() {
        Instant noon = at("2022-08-08T12:00", HANOI);
        assertThat(NIGHT.nextAllowed(noon, HANOI)).isEqualTo(noon);
        assertThat(NIGHT.nextAllowed(at("2022-08-08T07:00", HANOI), HANOI)).isEqualTo(at("2022-08-08T07:00", HANOI));
        assertThat(NIGHT.nextAllowed(at("2022-08-08T20:59", HANOI), HANOI)).isEqualTo(at("2022-08-08T20:59", HANOI));
    }

    @Test
    void inTheEveningItWaitsUntilSevenTheNextMorning() {
        assertThat(NIGHT.nextAllowed(at("2022-08-08T21:00", HANOI), HANOI)).isEqualTo(at("2022-08-09T07:00", HANOI));
        assertThat(NIGHT.nextAllowed(at("2022-08-08T23:30", HANOI), HANOI)).isEqualTo(at("2022-08-09T07:00", HANOI));
    }

    @Test
    void afterMidnightItWaitsUntilSevenTheSameMorning() {
        assertThat(NIGHT.nextAllowed(at("2022-08-09T02:15", HANOI), HANOI)).isEqualTo(at("2022-08-09T07:00", HANOI));
    }

    @Test
    void quietHoursAreTheTraineesLocalHours() {
        Instant eightPmInHanoi = at("2022-09-22T20:30", HANOI);
        assertThat(NIGHT.nextAllowed(eightPmInHanoi, HANOI)).isEqualTo(eightPmInHanoi);
        assertThat(NIGHT.nextAllowed(eightPmInHanoi, BEIJING)).isEqualTo(at("2022-09-23T07:00", BEIJING));
    }

    @Test
    void aWindowWithinOneDayAndAnEmptyWindowWork() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));
        assertThat(lunch.nextAllowed(at("2022-08-08T12:00", HANOI), HANOI)).isEqualTo(at("2022-08-08T13:30", HANOI));
        assertThat(lunch.nextAllowed(at("2022-08-08T14:00", HANOI), HANOI)).isEqualTo(at("2022-08-08T14:00", HANOI));
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(none.nextAllowed(at("2022-08-08T23:00", HANOI), HANOI)).isEqualTo(at("2022-08-08T23:00", HANOI));
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
