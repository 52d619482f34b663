package org.trainingplatform.enrolment.klass;

import org.trainingplatform.enrolment.VietnameseText;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.List;

/** What a class keeps of a nominated official: enough to check eligibility and to show its roster. */
record Nominee(String traineeId, String agencyId, String fullName, String position, String unit,
               String pipelinePosition) {

    /**
     * Refuses an official whose position, and the position they are in the pipeline for, are both outside
     * the class's target positions; a class without target positions is for anyone.
     */
    void requireEligibleFor(List<String> targetPositions) {
        if (targetPositions.isEmpty()) {
            return;
        }
        var audience = targetPositions.stream().map(VietnameseText::fold).toList();
        boolean eligible = audience.contains(VietnameseText.fold(position))
                || (pipelinePosition != null && audience.contains(VietnameseText.fold(pipelinePosition)));
        if (!eligible) {
            throw new RuleViolationException("not-eligible", fullName + " (" + position
                    + (pipelinePosition == null ? "" : ", in the pipeline for " + pipelinePosition)
                    + ") is not in the class's target audience " + targetPositions);
        }
    }
}
