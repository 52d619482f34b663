package org.trainingplatform.enrolment.klass;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.enrolment.outcome.TrainingOutcome;
import org.trainingplatform.enrolment.outcome.TrainingOutcomes;
import org.trainingplatform.enrolment.trainee.Trainees;
import org.trainingplatform.support.security.Caller;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

@Tag(name = "Trainees")
@RestController
class TranscriptController {

    private final Trainees trainees;
    private final ClassRepository classes;
    private final TrainingOutcomes outcomes;

    TranscriptController(Trainees trainees, ClassRepository classes, TrainingOutcomes outcomes) {
        this.trainees = trainees;
        this.classes = classes;
        this.outcomes = outcomes;
    }

    @Operation(summary = "A trainee's classes across programmes and organising agencies, with their results "
            + "(the trainee's own agency only)")
    @GetMapping("/api/trainees/{traineeId}/transcript")
    List<TranscriptEntry> transcript(Caller caller, @PathVariable String traineeId) {
        String trainee = trainees.get(caller.agencyId(), traineeId).id();
        return classes.listNominating(trainee).stream()
                .map(klass -> TranscriptEntry.of(klass, klass.nominationFor(trainee).orElseThrow(),
                        outcomes.of(klass.id(), trainee).orElse(null)))
                .sorted(Comparator.comparing(TranscriptEntry::startDate).reversed())
                .toList();
    }

    record TranscriptEntry(String classId, String classTitle, String programmeTitle, String organiserAgencyId,
                           LocalDate startDate, LocalDate endDate, ClassStatus classStatus,
                           NominationStatus nominationStatus, TrainingOutcome result) {

        static TranscriptEntry of(TrainingClass klass, Nomination nomination, TrainingOutcome result) {
            return new TranscriptEntry(klass.id(), klass.title(), klass.programmeTitle(), klass.organiserAgencyId(),
                    klass.startDate(), klass.endDate(), klass.status(), nomination.status(), result);
        }
    }
}
