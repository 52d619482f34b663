package org.trainingplatform.enrolment.klass;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
}
