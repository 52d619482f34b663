package org.trainingplatform.scheduling.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Tag(name = "Attendance", description = "Taking attendance per session, corrections, and each trainee's standing")
@RestController
class AttendanceController {

    private final Attendance attendance;

    AttendanceController(Attendance attendance) {
        this.attendance = attendance;
    }

    @Operation(summary = "Record attendance at a session, for the whole roster or part of it",
            description = "A record that differs from an earlier one is a correction: the earlier value is kept with it.")
    @PutMapping("/api/classes/{classId}/sessions/{sessionId}/attendance")
    Map<String, AttendanceRecord> record(Caller caller, @PathVariable String classId, @PathVariable String sessionId,
                                         @Valid @RequestBody Sheet sheet) {
        Map<String, AttendanceStatus> marks = new LinkedHashMap<>();
        sheet.records().forEach(mark -> marks.put(mark.traineeId(), mark.status()));
        return attendance.record(caller.agencyId(), classId, sessionId, marks, sheet.reason()).records();
    }

    @GetMapping("/api/classes/{classId}/sessions/{sessionId}/attendance")
    Map<String, AttendanceRecord> sheet(Caller caller, @PathVariable String classId, @PathVariable String sessionId) {
        return attendance.sheet(caller.agencyId(), classId, sessionId).records();
    }

    @Operation(summary = "Each trainee's attendance rate over the class's sessions, and who can no longer reach the threshold")
    @GetMapping("/api/classes/{classId}/attendance")
    List<Attendance.StandingView> standings(Caller caller, @PathVariable String classId) {
        return attendance.standings(caller.agencyId(), classId);
    }

    /** @param reason why, for corrections */
    record Sheet(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Mark> records, @Size(max = 500) String reason) {
    }

    record Mark(@NotBlank @Size(max = 100) String traineeId, @NotNull AttendanceStatus status) {
    }
}
