package org.trainingplatform.assessment.results;

import org.trainingplatform.assessment.grading.Classification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One trainee's result when the class closed: component scores, final score, classification,
 * attendance, whether they completed (with every reason if not), their certificate and merit rank.
 */
public record TraineeResult(String traineeId, String nominatingAgencyId, String fullName, Map<String, BigDecimal> scores,
                            BigDecimal finalScore, Classification classification, double attendanceRate,
                            boolean completed, List<String> reasons, Certificate certificate, Integer meritRank) {

    TraineeResult withCertificate(Certificate certificate) {
        return new TraineeResult(traineeId, nominatingAgencyId, fullName, scores, finalScore, classification,
                attendanceRate, completed, reasons, certificate, meritRank);
    }

    TraineeResult withMeritRank(int rank) {
        return new TraineeResult(traineeId, nominatingAgencyId, fullName, scores, finalScore, classification,
                attendanceRate, completed, reasons, certificate, rank);
    }
}
