package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import java.math.BigDecimal;
import java.util.List;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/**
 * A trainee did not complete the class, with every reason in words a person reads (attendance below the
 * threshold, a required component not graded, the final score below the minimum); {@code finalScore}
 * is null when it could not be computed.
 */
@IntegrationEvent(stream = ASSESSMENT, name = "course-not-completed", key = "classId", subject = "traineeId")
public record CourseNotCompleted(String classId, String agencyId, String traineeId, String nominatingAgencyId,
                                 String classTitle, BigDecimal finalScore, double attendanceRate,
                                 List<String> reasons) {
}
