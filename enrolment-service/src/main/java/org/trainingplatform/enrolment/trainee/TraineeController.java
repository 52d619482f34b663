package org.trainingplatform.enrolment.trainee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Tag(name = "Trainees", description = "An agency's officials: registration, search, contact details, CSV import")
@RestController
@RequestMapping("/api/trainees")
class TraineeController {

    private final Trainees trainees;
    private final TraineeImport imports;

    TraineeController(Trainees trainees, TraineeImport imports) {
        this.trainees = trainees;
        this.imports = imports;
    }

    @Operation(summary = "Register one of the caller's officials as a trainee")
    @PostMapping
    ResponseEntity<TraineeView> register(Caller caller, @Valid @RequestBody TraineeDetails details) {
        Trainee trainee = trainees.register(caller.agencyId(), details);
        return ResponseEntity.created(URI.create("/api/trainees/" + trainee.id())).body(TraineeView.of(trainee));
    }

    @Operation(summary = "Register officials from a CSV file (UTF-8, header row: " +
            "personnelCode,fullName,position,unit,pipelinePosition,email,phone,preferredLanguage)",
            description = "Good rows are registered, bad rows reported; officials already registered are left as they are.")
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ImportReport importCsv(Caller caller, @RequestBody byte[] csv) {
        return imports.importCsv(caller.agencyId(), new String(csv, StandardCharsets.UTF_8));
    }

    @Operation(summary = "Search the caller's trainees by name, with or without diacritics")
    @GetMapping
    List<TraineeView> search(Caller caller, @RequestParam(defaultValue = "") String q,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return trainees.search(caller.agencyId(), q, page, size).stream().map(TraineeView::of).toList();
    }

    @GetMapping("/{traineeId}")
    TraineeView get(Caller caller, @PathVariable String traineeId) {
        return TraineeView.of(trainees.get(caller.agencyId(), traineeId));
    }

    @Operation(summary = "Replace a trainee's email, phone and preferred language")
    @PatchMapping("/{traineeId}/contact")
    TraineeView changeContact(Caller caller, @PathVariable String traineeId, @Valid @RequestBody ContactChange change) {
        return TraineeView.of(trainees.changeContact(caller.agencyId(), traineeId, change.email(), change.phone(),
                change.preferredLanguage()));
    }

    record ContactChange(@Email @Size(max = 200) String email, @Size(max = 30) String phone,
                         Language preferredLanguage) {
    }

    record TraineeView(String id, String agencyId, String personnelCode, String fullName, String position, String unit,
                       String pipelinePosition, String email, String phone, Language preferredLanguage) {

        static TraineeView of(Trainee t) {
            return new TraineeView(t.id(), t.agencyId(), t.personnelCode(), t.fullName(), t.position(), t.unit(),
                    t.pipelinePosition(), t.email(), t.phone(), t.preferredLanguage());
        }
    }
}
