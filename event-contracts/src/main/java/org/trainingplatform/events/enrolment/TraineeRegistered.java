package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** An official was registered as a trainee by their agency; carries what is needed to reach them. */
@IntegrationEvent(stream = ENROLMENT, name = "trainee-registered", key = "traineeId", subject = "traineeId")
public record TraineeRegistered(String traineeId, String agencyId, String fullName, String position, String unit,
                                String pipelinePosition, String email, String phone, String preferredLanguage) {
}
