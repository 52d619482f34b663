package org.trainingplatform.scheduling.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What scheduling knows of a class, kept from enrolment events: who organises it, who may see it,
 * its dates and zone, and who is enrolled (with the agency that nominated them).
 */
@Document("class_rosters")
public record ClassRoster(@Id String classId, String organiserAgencyId, List<String> coOrganiserAgencyIds,
                          @Indexed Set<String> visibleTo, String title, String programmeTitle, LocalDate startDate,
                          LocalDate endDate, String timeZone, String status, List<Enrolee> enrolled) {

    /** An enrolled trainee and the agency that nominated them. */
    public record Enrolee(String traineeId, String nominatingAgencyId) {
    }

    public boolean isOrganisedBy(String agencyId) {
        return organiserAgencyId.equals(agencyId) || coOrganiserAgencyIds.contains(agencyId);
    }

    public boolean isEnrolled(String traineeId) {
        return enrolled().stream().anyMatch(e -> e.traineeId().equals(traineeId));
    }

    public List<Enrolee> enrolled() {
        return enrolled == null ? List.of() : enrolled;
    }

    public int enrolledCount() {
        return enrolled().size();
    }

    public boolean isRunning() {
        return !"CANCELLED".equals(status) && !"CLOSED".equals(status);
    }
}
