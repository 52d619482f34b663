package org.trainingplatform.enrolment.klass;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

@Tag(name = "Nominations", description = "Nominating officials to a class, approval, waitlist and withdrawal")
@RestController
@RequestMapping("/api/classes/{classId}")
class NominationController {

    private final Classes classes;

    NominationController(Classes classes) {
        this.classes = classes;
    }

    @Operation(summary = "Nominate one of the caller's officials",
            description = "Refused with the reason if the official's position is not in the class's target audience "
                    + "or they are already on the roster. With auto-approval the nominee is enrolled at once, or "
                    + "waitlisted when the class or the caller's quota is full.")
    @PostMapping("/nominations")
    ResponseEntity<NominationOutcome> nominate(Caller caller, @PathVariable String classId,
                                               @Valid @RequestBody NominationRequest request) {
        NominationOutcome outcome = classes.nominate(caller.agencyId(), classId, request.traineeId());
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/roster")).body(outcome);
    }

    @Operation(summary = "Nominate many of the caller's officials at once; each is decided on its own")
    @PostMapping("/nominations/bulk")
    List<NominationOutcome> nominateAll(Caller caller, @PathVariable String classId,
                                        @Valid @RequestBody BulkNomination request) {
        return classes.nominateAll(caller.agencyId(), classId, request.traineeIds());
    }

    @Operation(summary = "Approve a pending nomination (organising agencies)")
    @PostMapping("/nominations/{traineeId}/approve")
    NominationOutcome approve(Caller caller, @PathVariable String classId, @PathVariable String traineeId) {
        return classes.approve(caller.agencyId(), classId, traineeId);
    }

    @Operation(summary = "Reject a pending or waitlisted nomination (organising agencies)")
    @PostMapping("/nominations/{traineeId}/reject")
    NominationOutcome reject(Caller caller, @PathVariable String classId, @PathVariable String traineeId,
                             @Valid @RequestBody ClassController.Reason reason) {
        return classes.reject(caller.agencyId(), classId, traineeId, reason.reason());
    }

    @Operation(summary = "Withdraw a nominee, with a reason; a freed seat goes to the first waitlisted nominee who may take it")
    @PostMapping("/nominations/{traineeId}/withdraw")
    NominationOutcome withdraw(Caller caller, @PathVariable String classId, @PathVariable String traineeId,
                               @Valid @RequestBody ClassController.Reason reason) {
        return classes.withdraw(caller.agencyId(), classId, traineeId, reason.reason());
    }

    @Operation(summary = "The roster: counts per status and per nominating agency, and the entries the caller may see")
    @GetMapping("/roster")
    Roster roster(Caller caller, @PathVariable String classId) {
        return classes.roster(caller.agencyId(), classId);
    }

    record NominationRequest(@NotBlank @Size(max = 100) String traineeId) {
    }

    record BulkNomination(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> traineeIds) {
    }
}
