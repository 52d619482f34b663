package org.trainingplatform.enrolment.outcome;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.util.List;

/** What became of a trainee in a class, as assessment published it: for their transcript. */
@Document("training_outcomes")
public record TrainingOutcome(@Id String id, String classId, String traineeId, Boolean completed, BigDecimal finalScore,
                              String classification, List<String> reasons, String certificateNumber,
                              String verificationUrl, Boolean certificateRevoked, Integer meritRank) {

    static String id(String classId, String traineeId) {
        return classId + ":" + traineeId;
    }
}
