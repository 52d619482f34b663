package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/**
 * An agency nominated one of its officials for a class. {@code agencyId} is the organising agency,
 * which owns the class and its roster; {@code approvalRequired} tells whether the organiser must decide.
 */
@IntegrationEvent(stream = ENROLMENT, name = "trainee-nominated", key = "classId", subject = "traineeId")
public record TraineeNominated(String classId, String agencyId, String traineeId, String nominatingAgencyId,
                               boolean approvalRequired) {
}
