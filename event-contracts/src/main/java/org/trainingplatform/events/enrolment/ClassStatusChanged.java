package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/**
 * A class moved on in its lifecycle after it was opened. {@code status} is one of
 * {@code ENROLMENT_CLOSED}, {@code IN_PROGRESS}, {@code CLOSED}, {@code CANCELLED}; {@code reason} is
 * given for a cancellation.
 */
@IntegrationEvent(stream = ENROLMENT, name = "class-status-changed", key = "classId", subject = "classId")
public record ClassStatusChanged(String classId, String agencyId, String status, String reason) {
}
