package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** A trainee's contact details or preferred language changed; the values are the new ones, in full. */
@IntegrationEvent(stream = ENROLMENT, name = "trainee-contact-changed", key = "traineeId", subject = "traineeId")
public record TraineeContactChanged(String traineeId, String agencyId, String email, String phone,
                                    String preferredLanguage) {
}
