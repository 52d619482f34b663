package org.trainingplatform.assessment.results;

import org.trainingplatform.assessment.grading.Classification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A closed class in figures: trainees on the roster, completed, the count per classification, and the
 * shares of completed trainees classified good or above and very good or excellent.
 */
public record Statistics(int rosterSize, int completed, Map<Classification, Integer> classifications,
                         double goodOrAboveShare, double veryGoodOrExcellentShare) {

    static Statistics of(List<TraineeResult> results) {
        Map<Classification, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(Classification.values()).forEach(c -> counts.put(c, 0));
        results.forEach(r -> counts.merge(r.classification(), 1, Integer::sum));
        List<TraineeResult> completed = results.stream().filter(TraineeResult::completed).toList();
        return new Statistics(results.size(), completed.size(), counts,
                share(completed, completed.stream().filter(r -> r.classification().isGoodOrAbove()).count()),
                share(completed, completed.stream().filter(r -> r.classification().isVeryGoodOrAbove()).count()));
    }

    /** The same figures for each nominating agency's trainees. */
    static Map<String, Statistics> perNominatingAgency(List<TraineeResult> results) {
        return new TreeMap<>(results.stream().collect(Collectors.groupingBy(TraineeResult::nominatingAgencyId))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> of(e.getValue()))));
    }

    private static double share(List<TraineeResult> completed, long count) {
        return completed.isEmpty() ? 0 : Math.round(count * 10_000.0 / completed.size()) / 10_000.0;
    }
}
