package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import java.math.BigDecimal;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/**
 * A trainee completed the class. {@code classification} is one of {@code EXCELLENT}, {@code VERY_GOOD},
 * {@code GOOD}, {@code AVERAGE}; the certificate can be checked by anyone at {@code verificationUrl}.
 */
@IntegrationEvent(stream = ASSESSMENT, name = "course-completed", key = "classId", subject = "traineeId")
public record CourseCompleted(String classId, String agencyId, String traineeId, String nominatingAgencyId,
                              String classTitle, BigDecimal finalScore, String classification, double attendanceRate,
                              String certificateNumber, String verificationUrl) {
}
