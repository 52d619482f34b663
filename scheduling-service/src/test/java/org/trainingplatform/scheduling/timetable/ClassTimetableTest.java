package org.trainingplatform.scheduling.timetable;

import org.junit.jupiter.api.Test;
import org.trainingplatform.support.outbox.OutboxMessage;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassTimetableTest {

    static final Instant MONDAY_8 = Instant.parse("2022-08-08T01:00:00Z");

    @Test
    void twoSessionsOfOneClassCannotOverlapAndTheClashIsNamedInTheClassesZone() {
        ClassTimetable timetable = ClassTimetable.of("c1", "hanoi-home-affairs", "Asia/Ho_Chi_Minh");
        timetable.schedule(List.of("s1"), List.of(plan("Tổng quan đô thị xanh", MONDAY_8, 3)), null);

        assertThatThrownBy(() -> timetable.schedule(List.of("s2"), List.of(plan("Quy hoạch Hà Nội", MONDAY_8.plusSeconds(3600), 2)), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("'Tổng quan đô thị xanh' from 08:00 08/08/2022 to 11:00 08/08/2022");
    }

    @Test
    void sessionsOfOnePlanMayNotOverlapEachOtherEither() {
        ClassTimetable timetable = ClassTimetable.of("c1", "hanoi-home-affairs", "Asia/Ho_Chi_Minh");
        assertThatThrownBy(() -> timetable.schedule(List.of("s1", "s2"),
                List.of(plan("A", MONDAY_8, 3), plan("B", MONDAY_8.plusSeconds(7200), 3)), null))
                .hasMessageContaining("'A'");
        assertThat(timetable.pendingEvents()).isEmpty();
    }

    @Test
    void anOverrideIsRecordedAndLetsTheOverlapThrough() {
        ClassTimetable timetable = ClassTimetable.of("c1", "hanoi-home-affairs", "Asia/Ho_Chi_Minh");
        timetable.schedule(List.of("s1"), List.of(plan("A", MONDAY_8, 3)), null);
        Override override = new Override("hanoi-home-affairs", "Hai nhóm học song song", MONDAY_8);

        Session parallel = timetable.schedule(List.of("s2"), List.of(plan("B", MONDAY_8, 3)), override).get(0);

        assertThat(parallel.override()).isEqualTo(override);
    }

    @Test
    void everyChangeRaisesTheSequenceAndIsPublished() {
        ClassTimetable timetable = ClassTimetable.of("c1", "hanoi-home-affairs", "Asia/Ho_Chi_Minh");
        timetable.schedule(List.of("s1"), List.of(plan("A", MONDAY_8, 3)), null);
        int afterMove = timetable.reschedule("s1", plan("A", MONDAY_8.plusSeconds(86_400), 3), null).sequence();
        int afterCancel = timetable.cancel("s1", "Giảng viên bận đột xuất").sequence();

        assertThat(afterMove).isEqualTo(1);
        assertThat(afterCancel).isEqualTo(2);
        assertThat(timetable.pendingEvents()).extracting(OutboxMessage::type).containsExactly(
                "org.trainingplatform.scheduling.session-scheduled.v1",
                "org.trainingplatform.scheduling.session-rescheduled.v1",
                "org.trainingplatform.scheduling.session-cancelled.v1");
        assertThat(timetable.scheduledSessionIds()).isEmpty();
        assertThatThrownBy(() -> timetable.cancel("s1", "again")).hasMessageContaining("cancelled");
    }

    @Test
    void aSessionKeepsItsBookingsUnderAnIdThatChangesWithEveryReschedule() {
        ClassTimetable timetable = ClassTimetable.of("c1", "hanoi-home-affairs", "Asia/Ho_Chi_Minh");
        Session session = timetable.schedule(List.of("s1"), List.of(plan("A", MONDAY_8, 3)), null).get(0);
        assertThat(timetable.holds("s1", "s1:0", "venue:v1")).isTrue();

        timetable.reschedule("s1", plan("A", MONDAY_8.plusSeconds(86_400), 3), null);

        assertThat(session.bookingId()).isEqualTo("s1:1");
        assertThat(timetable.holds("s1", "s1:0", "venue:v1")).isFalse();
        assertThat(timetable.holds("s1", "s1:1", "lecturer:l1")).isTrue();
    }

    static SessionPlan plan(String title, Instant start, int hours) {
        return new SessionPlan(SessionKind.LECTURE, title, start, start.plusSeconds(hours * 3600L), "v1", "Hội trường A",
                List.of("l1"));
    }
}
