package org.trainingplatform.events.scheduling;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.SCHEDULING;

/** A lecturer's details changed; the values are the new ones, in full. */
@IntegrationEvent(stream = SCHEDULING, name = "lecturer-updated", key = "lecturerId", subject = "lecturerId")
public record LecturerUpdated(String lecturerId, String agencyId, String fullName, String honorific,
                              String email, String phone) {
}
