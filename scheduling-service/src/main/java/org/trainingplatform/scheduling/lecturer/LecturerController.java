package org.trainingplatform.scheduling.lecturer;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.net.URI;
import java.util.List;

@Tag(name = "Lecturers", description = "Lecturers and speakers, shared by every agency: bookings conflict across agencies")
@RestController
@RequestMapping("/api/lecturers")
class LecturerController {

    private final Lecturers lecturers;

    LecturerController(Lecturers lecturers) {
        this.lecturers = lecturers;
    }

    @PostMapping
    ResponseEntity<LecturerView> register(Caller caller, @Valid @RequestBody Lecturer.Details details) {
        Lecturer lecturer = lecturers.register(caller.agencyId(), details);
        return ResponseEntity.created(URI.create("/api/lecturers/" + lecturer.id())).body(LecturerView.of(lecturer));
    }

    @GetMapping
    List<LecturerView> directory() {
        return lecturers.all().stream().map(LecturerView::of).toList();
    }

    @GetMapping("/{lecturerId}")
    LecturerView get(@PathVariable String lecturerId) {
        return LecturerView.of(lecturers.get(lecturerId));
    }

    @PutMapping("/{lecturerId}")
    LecturerView describe(Caller caller, @PathVariable String lecturerId, @Valid @RequestBody Lecturer.Details details) {
        return LecturerView.of(lecturers.describe(caller.agencyId(), lecturerId, details));
    }

    record LecturerView(String id, String agencyId, String fullName, String honorific, String organisation,
                        String email, String phone) {
        static LecturerView of(Lecturer l) {
            return new LecturerView(l.id(), l.agencyId(), l.fullName(), l.honorific(), l.organisation(), l.email(), l.phone());
        }
    }
}
