package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** A seat came free and the first eligible waitlisted nominee took it: they are now enrolled. */
@IntegrationEvent(stream = ENROLMENT, name = "trainee-promoted-from-waitlist", key = "classId", subject = "traineeId")
public record TraineePromotedFromWaitlist(String classId, String agencyId, String traineeId,
                                          String nominatingAgencyId) {
}
