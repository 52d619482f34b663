package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import java.util.Map;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/**
 * The statistics of a closed class: how many were on the roster and completed, the count per
 * classification ({@code EXCELLENT}, {@code VERY_GOOD}, {@code GOOD}, {@code AVERAGE}, {@code FAIL}),
 * and the shares (0..1) of completed trainees classified good or above and very good or excellent.
 */
@IntegrationEvent(stream = ASSESSMENT, name = "class-results-published", key = "classId", subject = "classId")
public record ClassResultsPublished(String classId, String agencyId, String classTitle, int rosterSize, int completed,
                                    Map<String, Integer> classifications, double goodOrAboveShare,
                                    double veryGoodOrExcellentShare) {
}
