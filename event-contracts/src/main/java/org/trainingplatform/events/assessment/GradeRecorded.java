package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import java.math.BigDecimal;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/** A trainee's score for one component of the class's grading scheme was entered, or corrected, on a 10-point scale. */
@IntegrationEvent(stream = ASSESSMENT, name = "grade-recorded", key = "classId", subject = "traineeId")
public record GradeRecorded(String classId, String agencyId, String traineeId, String component, BigDecimal score,
                            boolean correction) {
}
