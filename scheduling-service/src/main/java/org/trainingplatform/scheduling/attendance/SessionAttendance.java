package org.trainingplatform.scheduling.attendance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.scheduling.AttendanceRecorded;
import org.trainingplatform.support.outbox.OutboxAggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The attendance sheet of one session: a record per trainee, corrections kept with the record. */
@Document("attendance")
class SessionAttendance extends OutboxAggregate {

    @Id
    private String sessionId;
    @Indexed
    private String classId;
    private String agencyId;
    private Map<String, AttendanceRecord> records = new HashMap<>();

    private SessionAttendance() {
    }

    static SessionAttendance of(String sessionId, String classId, String organiserAgencyId) {
        SessionAttendance sheet = new SessionAttendance();
        sheet.sessionId = sessionId;
        sheet.classId = classId;
        sheet.agencyId = organiserAgencyId;
        return sheet;
    }

    /** Records the marks; returns, per trainee whose record changed, whether it was a correction. */
    Map<String, Boolean> record(Map<String, AttendanceStatus> marks, String by, String reason, Instant at) {
        Map<String, Boolean> changed = new LinkedHashMap<>();
        marks.forEach((traineeId, status) -> {
            AttendanceRecord earlier = records.get(traineeId);
            if (earlier == null) {
                records.put(traineeId, new AttendanceRecord(status, at, by, reason, java.util.List.of()));
                changed.put(traineeId, false);
            } else if (earlier.status() != status) {
                records.put(traineeId, earlier.correctedBy(status, at, by, reason));
                changed.put(traineeId, true);
            }
        });
        return changed;
    }

    void announce(String traineeId, boolean correction, Standing standing) {
        registerEvent(new AttendanceRecorded(classId, agencyId, sessionId, traineeId, records.get(traineeId).status().name(),
                correction, standing.attended(), standing.scheduled(), standing.rate()));
    }

    Optional<AttendanceStatus> statusOf(String traineeId) {
        return Optional.ofNullable(records.get(traineeId)).map(AttendanceRecord::status);
    }

    Map<String, AttendanceRecord> records() {
        return Map.copyOf(records);
    }

    String sessionId() {
        return sessionId;
    }

    String classId() {
        return classId;
    }
}
