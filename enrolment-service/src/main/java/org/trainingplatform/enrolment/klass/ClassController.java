package org.trainingplatform.enrolment.klass;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Tag(name = "Classes", description = "Classes of a programme and their lifecycle: draft → open → enrolment closed → "
        + "in progress → closed, or cancelled")
@RestController
class ClassController {

    private final Classes classes;

    ClassController(Classes classes) {
        this.classes = classes;
    }

    @Operation(summary = "Plan a class of one of the caller's programmes (as a draft)")
    @PostMapping("/api/programmes/{programmeId}/classes")
    ResponseEntity<ClassView> draft(Caller caller, @PathVariable String programmeId, @Valid @RequestBody ClassPlan plan) {
        TrainingClass klass = classes.draft(caller.agencyId(), programmeId, plan);
        return ResponseEntity.created(URI.create("/api/classes/" + klass.id())).body(ClassView.of(klass));
    }

    @Operation(summary = "The classes the caller organises, co-organises or is invited to nominate to")
    @GetMapping("/api/classes")
    List<ClassView> list(Caller caller) {
        return classes.list(caller.agencyId()).stream().map(ClassView::of).toList();
    }

    @GetMapping("/api/classes/{classId}")
    ClassView get(Caller caller, @PathVariable String classId) {
        return ClassView.of(classes.get(caller.agencyId(), classId));
    }

    @Operation(summary = "Replace the plan of a draft class")
    @PutMapping("/api/classes/{classId}")
    ClassView revise(Caller caller, @PathVariable String classId, @Valid @RequestBody ClassPlan plan) {
        return ClassView.of(classes.revise(caller.agencyId(), classId, plan));
    }

    @Operation(summary = "Open the class for nominations (publishes ClassOpened)")
    @PostMapping("/api/classes/{classId}/open")
    ClassView open(Caller caller, @PathVariable String classId) {
        return ClassView.of(classes.open(caller.agencyId(), classId));
    }

    @PostMapping("/api/classes/{classId}/close-enrolment")
    ClassView closeEnrolment(Caller caller, @PathVariable String classId) {
        return ClassView.of(classes.closeEnrolment(caller.agencyId(), classId));
    }

    @Operation(summary = "Start the class (khai giảng)")
    @PostMapping("/api/classes/{classId}/start")
    ClassView start(Caller caller, @PathVariable String classId) {
        return ClassView.of(classes.start(caller.agencyId(), classId));
    }

    @Operation(summary = "Close the class (bế giảng)")
    @PostMapping("/api/classes/{classId}/close")
    ClassView close(Caller caller, @PathVariable String classId) {
        return ClassView.of(classes.close(caller.agencyId(), classId));
    }

    @PostMapping("/api/classes/{classId}/cancel")
    ClassView cancel(Caller caller, @PathVariable String classId, @Valid @RequestBody Reason reason) {
        return ClassView.of(classes.cancel(caller.agencyId(), classId, reason.reason()));
    }

    @Operation(summary = "Move the class to new dates or a new venue (its trainees are told)")
    @PostMapping("/api/classes/{classId}/reschedule")
    ClassView reschedule(Caller caller, @PathVariable String classId, @Valid @RequestBody Schedule schedule) {
        return ClassView.of(classes.reschedule(caller.agencyId(), classId, schedule.startDate(), schedule.endDate(),
                schedule.venue()));
    }

    @Operation(summary = "Change the capacity; added seats go to the waitlist at once")
    @PostMapping("/api/classes/{classId}/capacity")
    ClassView changeCapacity(Caller caller, @PathVariable String classId, @Valid @RequestBody Capacity capacity) {
        return ClassView.of(classes.changeCapacity(caller.agencyId(), classId, capacity.capacity()));
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record Schedule(@NotNull LocalDate startDate, @NotNull LocalDate endDate, @Size(max = 300) String venue) {
    }

    record Capacity(@NotNull @Min(1) @Max(2000) Integer capacity) {
    }

    record ClassView(String id, String programmeId, String programmeTitle, String title, String organiserAgencyId,
                     List<String> coOrganiserAgencyIds, List<String> nominatingAgencyIds, List<String> targetPositions,
                     int capacity, Map<String, Integer> seatQuotas, LocalDate startDate, LocalDate endDate,
                     String venue, String timeZone, boolean autoApprove, ClassStatus status, String cancellationReason) {

        static ClassView of(TrainingClass c) {
            ClassPlan plan = c.plan();
            return new ClassView(c.id(), c.programmeId(), c.programmeTitle(), plan.title(), c.organiserAgencyId(),
                    plan.coOrganiserAgencyIds(), plan.nominatingAgencyIds(), plan.targetPositions(), plan.capacity(),
                    plan.seatQuotas(), plan.startDate(), plan.endDate(), plan.venue(), plan.timeZone(),
                    plan.autoApprove(), c.status(), c.cancellationReason());
        }
    }
}
