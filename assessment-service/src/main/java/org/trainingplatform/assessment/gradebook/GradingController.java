package org.trainingplatform.assessment.gradebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.assessment.grading.GradingScheme;
import org.trainingplatform.assessment.grading.GradingSchemes;
import org.trainingplatform.assessment.roster.ClassRecords;
import org.trainingplatform.support.security.Caller;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

@Tag(name = "Grading", description = "Grading schemes per programme or class, and scores per trainee (one by one or from a spreadsheet)")
@RestController
class GradingController {

    private final Grades grades;
    private final GradingSchemes schemes;
    private final ClassRecords classes;

    GradingController(Grades grades, GradingSchemes schemes, ClassRecords classes) {
        this.grades = grades;
        this.schemes = schemes;
        this.classes = classes;
    }

    @Operation(summary = "Set the grading scheme of the caller's programme (used by its classes without their own)")
    @PutMapping("/api/programmes/{programmeId}/grading-scheme")
    GradingScheme setForProgramme(Caller caller, @PathVariable String programmeId, @Valid @RequestBody GradingScheme scheme) {
        return schemes.setForProgramme(caller.agencyId(), programmeId, scheme);
    }

    @GetMapping("/api/programmes/{programmeId}/grading-scheme")
    GradingScheme forProgramme(Caller caller, @PathVariable String programmeId) {
        return schemes.forProgramme(caller.agencyId(), programmeId);
    }

    @Operation(summary = "Set the class's own grading scheme: weights must add up to 100 %")
    @PutMapping("/api/classes/{classId}/grading-scheme")
    GradingScheme setForClass(Caller caller, @PathVariable String classId, @Valid @RequestBody GradingScheme scheme) {
        return grades.setScheme(caller.agencyId(), classId, scheme);
    }

    @Operation(summary = "The scheme the class is graded by: its own, its programme's, or the defaults")
    @GetMapping("/api/classes/{classId}/grading-scheme")
    GradingScheme forClass(Caller caller, @PathVariable String classId) {
        return schemes.forClass(classes.visibleTo(caller.agencyId(), classId));
    }

    @Operation(summary = "Enter or correct one score (a correction needs a reason; who and why are kept)")
    @PutMapping("/api/classes/{classId}/grades/{traineeId}")
    Map<String, Object> record(Caller caller, @PathVariable String classId, @PathVariable String traineeId,
                               @Valid @RequestBody Score score) {
        Gradebook.Outcome outcome = grades.record(caller.agencyId(), classId, traineeId, score.component(), score.score(),
                score.reason());
        return Map.of("traineeId", traineeId, "component", score.component(), "outcome", outcome);
    }

    @Operation(summary = "Import scores from a spreadsheet export (CSV, UTF-8): a traineeId column and one column per component code; "
            + "an optional reason column explains corrections")
    @PostMapping(path = "/api/classes/{classId}/grades/import", consumes = {"text/csv", "text/plain"})
    ImportReport importCsv(Caller caller, @PathVariable String classId, @RequestBody byte[] csv) {
        return grades.importCsv(caller.agencyId(), classId, new String(csv, StandardCharsets.UTF_8));
    }

    @GetMapping("/api/classes/{classId}/grades")
    Map<String, Map<String, GradeEntry>> gradebook(Caller caller, @PathVariable String classId) {
        return grades.gradebook(caller.agencyId(), classId);
    }

    record Score(@NotBlank @Size(max = 40) String component, @NotNull BigDecimal score, @Size(max = 500) String reason) {
    }
}
