package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/** A lecturer was added to the shared directory, with what is needed to reach them about their sessions. */
@IntegrationEvent(stream = SCHEDULING, name = "lecturer-registered", key = "lecturerId", subject = "lecturerId")
public record LecturerRegistered(String lecturerId, String agencyId, String fullName, String honorific,
                                 String email, String phone) {
}
