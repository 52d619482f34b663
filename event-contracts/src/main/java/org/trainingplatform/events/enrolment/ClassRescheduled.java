package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import java.time.LocalDate;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** An opened class got new dates or a new venue; the values are the new ones, in full. */
@IntegrationEvent(stream = ENROLMENT, name = "class-rescheduled", key = "classId", subject = "classId")
public record ClassRescheduled(String classId, String agencyId, LocalDate startDate, LocalDate endDate, String venue) {
}
