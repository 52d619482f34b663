package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/** A class was opened for enrolment; {@code agencyId} is the organising agency. */
@IntegrationEvent(stream = ENROLMENT, name = "class-opened", key = "classId", subject = "classId")
public record ClassOpened(String classId, String agencyId, String programmeId, String programmeTitle, String title,
                          List<String> coOrganiserAgencyIds, List<String> nominatingAgencyIds,
                          List<String> targetPositions, int capacity, LocalDate startDate, LocalDate endDate,
                          String venue, String timeZone) {

    /** The agencies that take part in the class and may see it: organiser, co-organisers and nominating agencies. */
    public Set<String> involvedAgencyIds() {
        Set<String> involved = new LinkedHashSet<>(List.of(agencyId));
        involved.addAll(coOrganiserAgencyIds);
        involved.addAll(nominatingAgencyIds);
        return involved;
    }
}
