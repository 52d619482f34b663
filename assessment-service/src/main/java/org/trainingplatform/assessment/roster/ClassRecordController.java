package org.trainingplatform.assessment.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.util.LinkedHashMap;
import java.util.Map;

@Tag(name = "Grading")
@RestController
class ClassRecordController {

    private final ClassRecords classes;

    ClassRecordController(ClassRecords classes) {
        this.classes = classes;
    }

    @Operation(summary = "Each trainee's attendance as assessment knows it from scheduling (what completion is judged on)")
    @GetMapping("/api/classes/{classId}/attendance")
    Map<String, Attendance> attendance(Caller caller, @PathVariable String classId) {
        ClassRecord klass = classes.visibleTo(caller.agencyId(), classId);
        Map<String, Attendance> attendance = new LinkedHashMap<>();
        klass.enrolled().stream()
                .filter(e -> klass.isOrganisedBy(caller.agencyId()) || e.nominatingAgencyId().equals(caller.agencyId()))
                .forEach(e -> {
                    double rate = klass.attendanceRate(e.traineeId());
                    attendance.put(e.traineeId(), new Attendance((int) Math.round(rate * klass.scheduledSessionCount()),
                            klass.scheduledSessionCount(), rate));
                });
        return attendance;
    }

    record Attendance(int attended, int scheduled, double rate) {
    }
}
