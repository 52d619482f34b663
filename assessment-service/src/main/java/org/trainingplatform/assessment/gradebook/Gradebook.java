package org.trainingplatform.assessment.gradebook;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.assessment.GradeRecorded;
import org.trainingplatform.support.outbox.OutboxAggregate;
import org.trainingplatform.support.web.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A class's scores, per trainee and component, with every correction kept. */
@Document("gradebooks")
public class Gradebook extends OutboxAggregate {

    public enum Outcome { RECORDED, CORRECTED, UNCHANGED }

    @Id
    private String classId;
    private String agencyId;
    private Map<String, Map<String, GradeEntry>> grades = new HashMap<>();

    private Gradebook() {
    }

    public static Gradebook of(String classId, String organiserAgencyId) {
        Gradebook gradebook = new Gradebook();
        gradebook.classId = classId;
        gradebook.agencyId = organiserAgencyId;
        return gradebook;
    }

    /** Enters a score; the same score again changes nothing; a different one is a correction and needs a reason. */
    Outcome record(String traineeId, String component, BigDecimal score, String by, String reason, Instant at) {
        Map<String, GradeEntry> trainee = grades.computeIfAbsent(traineeId, t -> new HashMap<>());
        GradeEntry earlier = trainee.get(component);
        if (earlier != null && earlier.score().compareTo(score) == 0) {
            return Outcome.UNCHANGED;
        }
        if (earlier != null && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason-required", "Correcting the " + component + " score of " + traineeId
                    + " from " + earlier.score() + " to " + score + " needs a reason");
        }
        trainee.put(component, earlier == null ? new GradeEntry(score, at, by, reason, java.util.List.of())
                : earlier.correctedTo(score, at, by, reason));
        registerEvent(new GradeRecorded(classId, agencyId, traineeId, component, score, earlier != null));
        return earlier == null ? Outcome.RECORDED : Outcome.CORRECTED;
    }

    public Optional<BigDecimal> score(String traineeId, String component) {
        return Optional.ofNullable(grades.getOrDefault(traineeId, Map.of()).get(component)).map(GradeEntry::score);
    }

    public Map<String, GradeEntry> of(String traineeId) {
        return Map.copyOf(grades.getOrDefault(traineeId, Map.of()));
    }

    public String classId() {
        return classId;
    }
}
