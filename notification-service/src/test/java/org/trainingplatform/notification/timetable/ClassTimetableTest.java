package org.trainingplatform.notification.timetable;

import org.junit.jupiter.api.Test;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timetable view: what a session event changes, when the timetable and the day reminders are due. */
class ClassTimetableTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final TimetableProperties POLICY = new TimetableProperties(Duration.ofSeconds(30), Duration.ofMinutes(5),
            LocalTime.of(17, 0), Duration.ofSeconds(5));
    static final Instant NOW = Instant.parse("2022-08-01T02:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2022, 8, 8);

    final ClassTimetable timetable = ClassTimetable.of("class-1");

    @Test
    void aBurstOfSessionsIsSentOnceNoSessionHasComeForTheQuietPeriod() {
        timetable.scheduled(session("s1", MONDAY, 8), "e1", NOW, NOW, POLICY);
        timetable.scheduled(session("s2", MONDAY, 13), "e2", NOW, NOW.plusSeconds(20), POLICY);

        assertThat(timetable.startDigest(NOW.plusSeconds(49))).isEmpty();
        assertThat(timetable.startDigest(NOW.plusSeconds(50))).contains(1);
        assertThat(timetable.digestId(1)).isEqualTo("timetable:class-1:1");
        assertThat(timetable.isPublished()).isTrue();
        assertThat(timetable.startDigest(NOW.plusSeconds(60))).as("a round not confirmed sent is sent again").contains(1);
        timetable.digestSent(1);
        assertThat(timetable.startDigest(NOW.plusSeconds(600))).isEmpty();
        assertThat(timetable.isDigestPending()).isFalse();
    }

    @Test
    void aTrickleOfSessionsIsSentAtTheLatestAfterTheLongestWait() {
        for (int i = 0; i < 12; i++) {
            timetable.scheduled(session("s" + i, MONDAY.plusDays(i % 5), 8 + i % 3), "e" + i, NOW,
                    NOW.plusSeconds(25L * i), POLICY);
        }
        assertThat(timetable.startDigest(NOW.plus(Duration.ofMinutes(5)).minusSeconds(1))).isEmpty();
        assertThat(timetable.startDigest(NOW.plus(Duration.ofMinutes(5)))).contains(1);
    }

    @Test
    void aChangeToAPublishedSessionIsToldWithBeforeAndAfterAndAgainForTheSameEvent() {
        publish(session("s1", MONDAY, 8));
        Instant later = NOW.plusSeconds(3600);

        var change = timetable.rescheduled(moved("s1", MONDAY.plusDays(1), 13, 1, "lecturer-2"), "e2", later, later, POLICY);

        assertThat(change).hasValueSatisfying(c -> {
            assertThat(c.before().start()).isEqualTo(at(MONDAY, 8));
            assertThat(c.after().start()).isEqualTo(at(MONDAY.plusDays(1), 13));
            assertThat(c.lecturerIds()).containsExactly("lecturer-1", "lecturer-2");
            assertThat(c.details(id -> id.equals("lecturer-2") ? "TS. Lê Hoa" : null))
                    .containsEntry("oldStart", "2022-08-08T01:00:00Z").containsEntry("newStart", "2022-08-09T06:00:00Z")
                    .containsEntry("oldVenue", "Hội trường A").containsEntry("newVenue", "Hội trường B")
                    .containsEntry("lecturers", "TS. Lê Hoa").doesNotContainKey("cancelled");
        });
        assertThat(timetable.rescheduled(moved("s1", MONDAY.plusDays(1), 13, 1, "lecturer-2"), "e2", later, later, POLICY))
                .as("the same event delivered again").isEqualTo(change);
        assertThat(timetable.isDigestPending()).as("a published session's change is told, not re-sent as a timetable").isFalse();
    }

    @Test
    void aChangeBeforeTheTimetableWasSentIsFoldedIntoIt() {
        timetable.scheduled(session("s1", MONDAY, 8), "e1", NOW, NOW, POLICY);

        assertThat(timetable.rescheduled(moved("s1", MONDAY, 13, 1, "lecturer-1"), "e2", NOW.plusSeconds(1),
                NOW.plusSeconds(10), POLICY)).isEmpty();
        assertThat(timetable.cancelled(cancelled("s1", 2), "e3", NOW.plusSeconds(2), NOW.plusSeconds(10), POLICY)).isEmpty();
        assertThat(timetable.startDigest(NOW.plusSeconds(39))).as("re-armed by the change").isEmpty();
        assertThat(timetable.activeSessions()).isEmpty();
    }

    @Test
    void aCancellationIsToldWithItsReasonAndTheSessionsLecturers() {
        publish(session("s1", MONDAY, 8));

        var change = timetable.cancelled(cancelled("s1", 1), "e2", NOW.plusSeconds(60), NOW.plusSeconds(60), POLICY);

        assertThat(change).hasValueSatisfying(c -> {
            assertThat(c.cancelled()).isTrue();
            assertThat(c.lecturerIds()).containsExactly("lecturer-1");
            assertThat(c.details(id -> "PGS.TS. Nguyễn Văn An")).containsEntry("cancelled", "true")
                    .containsEntry("reason", "Giảng viên bận công tác").containsEntry("oldStart", "2022-08-08T01:00:00Z")
                    .containsEntry("oldEnd", "2022-08-08T04:30:00Z");
        });
        assertThat(timetable.activeSessions()).isEmpty();
    }

    @Test
    void anOlderEventChangesNothingByTimeOrBySequence() {
        publish(session("s1", MONDAY, 8));
        Instant later = NOW.plusSeconds(3600);
        timetable.rescheduled(moved("s1", MONDAY, 13, 2, "lecturer-1"), "e2", later, later, POLICY);

        assertThat(timetable.rescheduled(moved("s1", MONDAY, 9, 1, "lecturer-1"), "e3", later.plusSeconds(1), later,
                POLICY)).as("lower sequence").isEmpty();
        assertThat(timetable.cancelled(cancelled("s1", 3), "e4", later.minusSeconds(1), later, POLICY))
                .as("older time").isEmpty();
        assertThat(timetable.activeSessions()).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(at(MONDAY, 13)));
    }

    @Test
    void eachDayWithSessionsHasAReminderTheDayBeforeAtTheReminderTimeRecomputedAsSessionsChange() {
        publish(session("s1", MONDAY, 8), session("s2", MONDAY, 13), session("s3", MONDAY.plusDays(1), 8));
        assertThat(timetable.reminders()).extracting(DayReminder::id, DayReminder::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("day-reminder:class-1:2022-08-08", Instant.parse("2022-08-07T10:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("day-reminder:class-1:2022-08-09", Instant.parse("2022-08-08T10:00:00Z")));

        Instant later = NOW.plusSeconds(60);
        timetable.cancelled(cancelled("s3", 1), "e-c", later, later, POLICY);
        timetable.rescheduled(moved("s2", MONDAY.plusDays(2), 13, 1, "lecturer-1"), "e-m", later, later, POLICY);

        assertThat(timetable.reminders()).extracting(DayReminder::day)
                .containsExactly(MONDAY, MONDAY.plusDays(2));
        assertThat(timetable.sessionsOn(MONDAY)).extracting(Session::id).containsExactly("s1");
    }

    @Test
    void aReminderIsDueFromItsTimeUntilItsDaysFirstSessionAndIsSentOnce() {
        publish(session("s1", MONDAY, 8));
        Instant fivePm = Instant.parse("2022-08-07T10:00:00Z");

        assertThat(timetable.dueReminders(fivePm.minusSeconds(1))).isEmpty();
        assertThat(timetable.dueReminders(fivePm)).containsExactly(MONDAY);
        assertThat(timetable.reminderId(MONDAY)).isEqualTo("day-reminder:class-1:2022-08-08");
        timetable.reminded(MONDAY, fivePm);
        assertThat(timetable.dueReminders(fivePm.plusSeconds(60))).isEmpty();
        assertThat(timetable.reminders()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));

        Instant laterStill = fivePm.plusSeconds(3600);
        timetable.cancelled(cancelled("s1", 1), "e-c", laterStill, laterStill, POLICY);
        timetable.rescheduled(moved("s1", MONDAY, 9, 2, "lecturer-1"), "e-m", laterStill.plusSeconds(1), laterStill, POLICY);
        assertThat(timetable.reminders()).as("a sent reminder stays sent").singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
    }

    @Test
    void aReminderFoundDueAfterItsDayBeganIsNotSent() {
        publish(session("s1", MONDAY, 8));

        assertThat(timetable.dueReminders(at(MONDAY, 8))).isEmpty();
        assertThat(timetable.reminders()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("EXPIRED"));
    }

    private void publish(SessionScheduled... sessions) {
        for (SessionScheduled session : sessions) {
            timetable.scheduled(session, "scheduled-" + session.sessionId(), NOW, NOW, POLICY);
        }
        timetable.startDigest(NOW.plus(Duration.ofMinutes(5))).ifPresent(timetable::digestSent);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(HANOI).toInstant();
    }

    static SessionScheduled session(String id, LocalDate day, int hour) {
        return new SessionScheduled("class-1", "hanoi-home-affairs", id, "LECTURE", "Chuyên đề " + id, at(day, hour),
                at(day, hour).plus(Duration.ofMinutes(210)), "Asia/Ho_Chi_Minh", "venue-a", "Hội trường A",
                List.of("lecturer-1"), 0);
    }

    static SessionRescheduled moved(String id, LocalDate day, int hour, int sequence, String lecturer) {
        return new SessionRescheduled("class-1", "hanoi-home-affairs", id, "Chuyên đề " + id, at(day, hour),
                at(day, hour).plus(Duration.ofMinutes(210)), "Asia/Ho_Chi_Minh", "venue-b", "Hội trường B",
                List.of(lecturer), sequence);
    }

    static SessionCancelled cancelled(String id, int sequence) {
        return new SessionCancelled("class-1", "hanoi-home-affairs", id, "Chuyên đề " + id, null,
                "Giảng viên bận công tác", sequence);
    }
}
