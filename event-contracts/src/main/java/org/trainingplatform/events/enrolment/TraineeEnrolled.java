package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** A nominee took a seat in the class. {@code agencyId} is the organising agency. */
@IntegrationEvent(stream = ENROLMENT, name = "trainee-enrolled", key = "classId", subject = "traineeId")
public record TraineeEnrolled(String classId, String agencyId, String traineeId, String nominatingAgencyId) {
}
