package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import java.math.BigDecimal;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/** The organiser confirmed a certificate of merit (giấy khen) for an outstanding trainee, at this rank. */
@IntegrationEvent(stream = ASSESSMENT, name = "merit-awarded", key = "classId", subject = "traineeId")
public record MeritAwarded(String classId, String agencyId, String traineeId, String nominatingAgencyId, int rank,
                           BigDecimal finalScore) {
}
