package org.trainingplatform.scheduling.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What scheduling knows of a class, kept from enrolment events: who organises it, who may see it, its
 * dates and zone. Who is enrolled is kept apart, one {@link Enrolee} each.
 */
@Document("class_rosters")
public record ClassRoster(@Id String classId, String organiserAgencyId, List<String> coOrganiserAgencyIds,
                          @Indexed Set<String> visibleTo, String title, String programmeTitle, LocalDate startDate,
                          LocalDate endDate, String timeZone, String status) {

    public boolean isOrganisedBy(String agencyId) {
        return organiserAgencyId.equals(agencyId) || coOrganiserAgencyIds.contains(agencyId);
    }

    public boolean isRunning() {
        return !"CANCELLED".equals(status) && !"CLOSED".equals(status);
    }
}
