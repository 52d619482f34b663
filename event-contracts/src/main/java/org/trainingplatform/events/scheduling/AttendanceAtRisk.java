package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/**
 * A trainee can no longer reach the class's attendance threshold even by attending every remaining
 * session: at best {@code bestReachableRate} against {@code threshold}. Published once per trainee and class.
 */
@IntegrationEvent(stream = SCHEDULING, name = "attendance-at-risk", key = "classId", subject = "traineeId")
public record AttendanceAtRisk(String classId, String agencyId, String traineeId, int attendedSessions,
                               int missedSessions, int scheduledSessions, double bestReachableRate,
                               double threshold) {
}
