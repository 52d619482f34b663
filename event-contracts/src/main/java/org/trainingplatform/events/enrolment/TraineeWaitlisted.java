package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/**
 * A nominee was approved but the class (or the nominating agency's quota) was full: they wait at
 * {@code position} (1 = next in line) when the event was recorded.
 */
@IntegrationEvent(stream = ENROLMENT, name = "trainee-waitlisted", key = "classId", subject = "traineeId")
public record TraineeWaitlisted(String classId, String agencyId, String traineeId, String nominatingAgencyId,
                                int position) {
}
