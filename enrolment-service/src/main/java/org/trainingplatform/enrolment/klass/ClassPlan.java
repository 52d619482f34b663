package org.trainingplatform.enrolment.klass;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.trainingplatform.enrolment.VietnameseText;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an organiser decides about a class before opening it.
 *
 * @param targetPositions     the positions the class is for (đối tượng); an official is eligible if their
 *                            position or the position they are in the pipeline for is one of them; empty = anyone
 * @param nominatingAgencyIds the agencies invited to nominate officials, besides the organisers
 * @param seatQuotas          the most seats each named agency's nominees may take, within the capacity
 * @param autoApprove         whether nominations are approved as they come, or (by default) wait for the organisers
 * @param timeZone            IANA zone of the class; Asia/Ho_Chi_Minh when not given
 */
record ClassPlan(@NotBlank @Size(max = 300) String title,
                 @Size(max = 20) List<@NotBlank String> coOrganiserAgencyIds,
                 @Size(max = 100) List<@NotBlank String> nominatingAgencyIds,
                 @Size(max = 50) List<@NotBlank @Size(max = 200) String> targetPositions,
                 @NotNull @Min(1) @Max(2000) Integer capacity,
                 Map<String, @Min(0) Integer> seatQuotas,
                 @NotNull LocalDate startDate,
                 @NotNull LocalDate endDate,
                 @Size(max = 300) String venue,
                 @Size(max = 60) String timeZone,
                 Boolean autoApprove) {

    private static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    /**
     * The plan as a class of the organiser keeps it: texts in canonical form, each agency named once and the
     * organiser not among the invited, a known time zone. Refused if the class would end before it starts, or
     * a quota goes to an agency not invited or is larger than the capacity.
     */
    ClassPlan canonicalFor(String organiserAgencyId) {
        if (endDate.isBefore(startDate)) {
            throw new RuleViolationException("invalid-dates", "The class ends (" + endDate
                    + ") before it starts (" + startDate + ")");
        }
        ClassPlan plan = new ClassPlan(VietnameseText.canonical(title), others(coOrganiserAgencyIds, organiserAgencyId),
                others(nominatingAgencyIds, organiserAgencyId),
                targetPositions == null ? List.of() : targetPositions.stream().map(VietnameseText::canonical).distinct().toList(),
                capacity, seatQuotas == null ? Map.of() : Map.copyOf(seatQuotas), startDate, endDate, venue,
                zone(timeZone), Boolean.TRUE.equals(autoApprove));
        Set<String> invited = plan.agenciesWith(organiserAgencyId);
        plan.seatQuotas.forEach((agency, quota) -> {
            if (!invited.contains(agency)) {
                throw new RuleViolationException("quota-for-stranger",
                        "A seat quota is given to " + agency + ", which is not invited to nominate");
            }
            if (quota > capacity) {
                throw new RuleViolationException("quota-over-capacity",
                        "The quota of " + agency + " (" + quota + ") is larger than the capacity (" + capacity + ")");
            }
        });
        return plan;
    }

    /** The organiser and every agency the plan involves, the organiser first. */
    Set<String> agenciesWith(String organiserAgencyId) {
        Set<String> agencies = new LinkedHashSet<>(List.of(organiserAgencyId));
        agencies.addAll(coOrganiserAgencyIds);
        agencies.addAll(nominatingAgencyIds);
        return agencies;
    }

    private static List<String> others(List<String> agencies, String organiserAgencyId) {
        return agencies == null ? List.of()
                : agencies.stream().filter(a -> !a.equals(organiserAgencyId)).distinct().toList();
    }

    private static String zone(String timeZone) {
        String zone = timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone;
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new RuleViolationException("unknown-time-zone", "'" + zone + "' is not a time zone (e.g. Asia/Ho_Chi_Minh)");
        }
    }
}
