package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** The organising agency rejected a nomination, with its reason. */
@IntegrationEvent(stream = ENROLMENT, name = "nomination-rejected", key = "classId", subject = "traineeId")
public record NominationRejected(String classId, String agencyId, String traineeId, String nominatingAgencyId,
                                 String reason) {
}
