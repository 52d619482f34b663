package org.trainingplatform.assessment.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What assessment knows of a class, kept from the enrolment and scheduling streams: organisers,
 * roster (with nominating agencies), the sessions that count and each trainee's attendance at them.
 * The roster is kept apart, one {@link Enrolee} each, and is part of a record as {@link ClassRecords} reads it.
 */
@Document("class_records")
public record ClassRecord(@Id String classId, String organiserAgencyId, List<String> coOrganiserAgencyIds,
                          @Indexed Set<String> visibleTo, String programmeId, String programmeTitle, String title,
                          LocalDate startDate, LocalDate endDate, @Transient List<Enrolee> enrolled, Set<String> scheduledSessions,
                          Map<String, Map<String, String>> attendance) {

    public boolean isOrganisedBy(String agencyId) {
        return organiserAgencyId.equals(agencyId) || coOrganiserAgencyIds().contains(agencyId);
    }

    public List<String> coOrganiserAgencyIds() {
        return coOrganiserAgencyIds == null ? List.of() : coOrganiserAgencyIds;
    }

    /** The organiser, then its co-organisers. */
    public List<String> organiserAgencyIds() {
        List<String> organisers = new ArrayList<>(List.of(organiserAgencyId));
        organisers.addAll(coOrganiserAgencyIds());
        return organisers;
    }

    public List<Enrolee> enrolled() {
        return enrolled == null ? List.of() : enrolled;
    }

    ClassRecord withEnrolled(List<Enrolee> enrolees) {
        return new ClassRecord(classId, organiserAgencyId, coOrganiserAgencyIds, visibleTo, programmeId, programmeTitle,
                title, startDate, endDate, enrolees, scheduledSessions, attendance);
    }

    public boolean isEnrolled(String traineeId) {
        return enrolled().stream().anyMatch(e -> e.traineeId().equals(traineeId));
    }

    /** The share of the class's sessions (not cancelled) the trainee attended, present or late; 1 when none are scheduled. */
    public double attendanceRate(String traineeId) {
        Set<String> sessions = scheduledSessions == null ? Set.of() : scheduledSessions;
        if (sessions.isEmpty()) {
            return 1.0;
        }
        Map<String, String> marks = attendance == null ? Map.of() : attendance.getOrDefault(traineeId, Map.of());
        long attended = sessions.stream().map(marks::get).filter(s -> "PRESENT".equals(s) || "LATE".equals(s)).count();
        return (double) attended / sessions.size();
    }

    public int scheduledSessionCount() {
        return scheduledSessions == null ? 0 : scheduledSessions.size();
    }
}
