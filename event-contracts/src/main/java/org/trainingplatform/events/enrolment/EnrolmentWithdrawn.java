package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/**
 * A nominee left the class, with a reason. {@code previousStatus} is {@code PENDING_APPROVAL},
 * {@code ENROLLED} or {@code WAITLISTED}: only an enrolled nominee frees a seat.
 */
@IntegrationEvent(stream = ENROLMENT, name = "enrolment-withdrawn", key = "classId", subject = "traineeId")
public record EnrolmentWithdrawn(String classId, String agencyId, String traineeId, String nominatingAgencyId,
                                 String previousStatus, String reason) {
}
