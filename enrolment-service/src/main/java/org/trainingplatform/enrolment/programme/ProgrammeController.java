package org.trainingplatform.enrolment.programme;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.net.URI;
import java.util.List;

@Tag(name = "Programmes", description = "Curricula an agency runs as classes")
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @PostMapping
    ResponseEntity<ProgrammeView> create(Caller caller, @Valid @RequestBody NewProgramme request) {
        Programme programme = programmes.create(caller.agencyId(), request.title(), request.description());
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id())).body(ProgrammeView.of(programme));
    }

    @GetMapping
    List<ProgrammeView> list(Caller caller) {
        return programmes.all(caller.agencyId()).stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/{programmeId}")
    ProgrammeView get(Caller caller, @PathVariable String programmeId) {
        return ProgrammeView.of(programmes.get(caller.agencyId(), programmeId));
    }

    record NewProgramme(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description) {
    }

    record ProgrammeView(String id, String agencyId, String title, String description) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id(), p.agencyId(), p.title(), p.description());
        }
    }
}
