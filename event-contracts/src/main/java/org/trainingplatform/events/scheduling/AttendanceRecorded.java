package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/**
 * A trainee's attendance at one session was recorded or corrected. {@code status} is one of
 * {@code PRESENT}, {@code LATE}, {@code EXCUSED}, {@code ABSENT} (present and late count as attended).
 * The trainee's standing after this record: {@code attendedSessions} of the class's
 * {@code scheduledSessions} (not cancelled), {@code attendanceRate} their ratio (0..1).
 */
@IntegrationEvent(stream = SCHEDULING, name = "attendance-recorded", key = "classId", subject = "traineeId")
public record AttendanceRecorded(String classId, String agencyId, String sessionId, String traineeId, String status,
                                 boolean correction, int attendedSessions, int scheduledSessions,
                                 double attendanceRate) {
}
