package org.trainingplatform.scheduling.timetable;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarExportTest {

    final CalendarExport export = new CalendarExport(null);

    @Test
    void aMovedSessionKeepsItsUidAndBumpsItsSequenceAndACancelledOneSaysSo() throws Exception {
        ClassTimetable timetable = ClassTimetable.of("c1", "hanoi-home-affairs", "Asia/Ho_Chi_Minh");
        Instant start = Instant.parse("2022-08-08T01:00:00Z");
        timetable.schedule(List.of("s1", "s2"), List.of(
                new SessionPlan(SessionKind.OPENING_CEREMONY, "Khai giảng lớp 2", start, start.plusSeconds(3600), null, "Hội trường A", List.of()),
                new SessionPlan(SessionKind.FIELD_STUDY, "Khảo sát thực tế khu đô thị", start.plusSeconds(7200), start.plusSeconds(14400), null, null, List.of())), null);
        String before = export.ics(entries(timetable));
        timetable.reschedule("s1", new SessionPlan(SessionKind.OPENING_CEREMONY, "Khai giảng lớp 2", start.plusSeconds(1800),
                start.plusSeconds(5400), null, "Hội trường A", List.of()), null);
        timetable.cancel("s2", "Mưa bão");

        Calendar first = parse(before);
        Calendar after = parse(export.ics(entries(timetable)));

        VEvent opening = event(after, "s1");
        assertThat(event(first, "s1").getUid()).isEqualTo(opening.getUid());
        assertThat(opening.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(opening.getSummary().getValue()).isEqualTo("Khai giảng lớp 2");
        assertThat(opening.getLocation().getValue()).isEqualTo("Hội trường A");
        assertThat(opening.getDateTimeStart().getValue()).isEqualTo("20220808T013000Z");
        assertThat(event(after, "s2").getStatus().getValue()).isEqualTo("CANCELLED");
    }

    private static List<TimetableEntry> entries(ClassTimetable timetable) {
        return timetable.sessions().stream().map(s -> new TimetableEntry("c1", "Lớp 2", "Asia/Ho_Chi_Minh", s)).toList();
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static VEvent event(Calendar calendar, String sessionId) {
        return calendar.<VEvent>getComponents().stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(sessionId + "@trainingplatform.org"))
                .findFirst().orElseThrow();
    }
}
