package org.trainingplatform.scheduling.attendance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.scheduling.AttendanceAtRisk;
import org.trainingplatform.support.outbox.OutboxAggregate;

import java.util.LinkedHashSet;
import java.util.Set;

/** The trainees of a class already warned that they can no longer reach the attendance threshold: each is warned once. */
@Document("attendance_watch")
class AttendanceWatch extends OutboxAggregate {

    @Id
    private String classId;
    private String agencyId;
    private Set<String> atRisk = new LinkedHashSet<>();

    private AttendanceWatch() {
    }

    static AttendanceWatch of(String classId, String organiserAgencyId) {
        AttendanceWatch watch = new AttendanceWatch();
        watch.classId = classId;
        watch.agencyId = organiserAgencyId;
        return watch;
    }

    /** Warns about the trainee if they are at risk and were not warned before; true if a warning was recorded. */
    boolean watch(Standing standing, double threshold) {
        if (!standing.atRisk(threshold) || !atRisk.add(standing.traineeId())) {
            return false;
        }
        registerEvent(new AttendanceAtRisk(classId, agencyId, standing.traineeId(), standing.attended(),
                standing.missed(), standing.scheduled(), standing.bestReachableRate(), threshold));
        return true;
    }

    boolean isAtRisk(String traineeId) {
        return atRisk.contains(traineeId);
    }
}
