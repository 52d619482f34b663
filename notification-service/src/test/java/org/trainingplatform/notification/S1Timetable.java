package org.trainingplatform.notification;

import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.trainingplatform.notification.TestClock.HANOI;

/**
 * Reference scenario S1's timetable as scheduling-service publishes it: five days, an opening, topics
 * taught by lecturers from the ministry and the urban planning association, a closing. Fresh ids every time.
 */
final class S1Timetable {

    static final String HALL = "Hội trường A, Học viện Cán bộ quản lý xây dựng và đô thị";
    static final String CITY_HALL = "Phòng họp số 2, Trụ sở UBND TP Hà Nội";

    private S1Timetable() {
    }

    /** A lecturer with their phone written as people do, e.g. "091 234 5678". */
    static LecturerRegistered lecturer(String honorific, String fullName) {
        String id = UUID.randomUUID().toString();
        String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return new LecturerRegistered(id, "academy-construction", fullName, honorific,
                "gv." + id.substring(0, 8) + "@amc.edu.vn", "091 " + digits.substring(0, 3) + " " + digits.substring(3));
    }

    static String e164(LecturerRegistered lecturer) {
        return "+84" + lecturer.phone().replace(" ", "").substring(1);
    }

    static SessionScheduled session(ClassOpened klass, String kind, String title, LocalDate day, LocalTime from,
                                    LocalTime to, String venue, List<String> lecturerIds) {
        return new SessionScheduled(klass.classId(), klass.agencyId(), UUID.randomUUID().toString(), kind, title,
                day.atTime(from).atZone(HANOI).toInstant(), day.atTime(to).atZone(HANOI).toInstant(), klass.timeZone(),
                UUID.randomUUID().toString(), venue, lecturerIds, 0);
    }

    static SessionRescheduled moved(SessionScheduled session, LocalDate day, LocalTime from, LocalTime to, String venue,
                                    List<String> lecturerIds, int sequence) {
        return new SessionRescheduled(session.classId(), session.agencyId(), session.sessionId(), session.title(),
                day.atTime(from).atZone(HANOI).toInstant(), day.atTime(to).atZone(HANOI).toInstant(), session.timeZone(),
                UUID.randomUUID().toString(), venue, lecturerIds, sequence);
    }

    static SessionCancelled cancelled(SessionScheduled session, String reason, int sequence) {
        return new SessionCancelled(session.classId(), session.agencyId(), session.sessionId(), session.title(),
                session.start(), reason, sequence);
    }

    /** The class with the given dates (S1's class 2 otherwise). */
    static ClassOpened classOpened(String organiser, LocalDate start, LocalDate end) {
        ClassOpened s1 = S1.classOpened(organiser);
        return new ClassOpened(s1.classId(), s1.agencyId(), s1.programmeId(), s1.programmeTitle(), s1.title(),
                s1.coOrganiserAgencyIds(), s1.nominatingAgencyIds(), s1.targetPositions(), s1.capacity(), start, end,
                s1.venue(), s1.timeZone());
    }
}
