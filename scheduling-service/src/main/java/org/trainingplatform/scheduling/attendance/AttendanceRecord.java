package org.trainingplatform.scheduling.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One trainee's attendance at one session, with every earlier value it corrected. */
record AttendanceRecord(AttendanceStatus status, Instant recordedAt, String recordedBy, String reason,
                        List<AttendanceRecord> corrected) {

    AttendanceRecord correctedBy(AttendanceStatus status, Instant at, String by, String reason) {
        List<AttendanceRecord> history = new ArrayList<>(corrected == null ? List.of() : corrected);
        history.add(new AttendanceRecord(this.status, recordedAt, recordedBy, this.reason, List.of()));
        return new AttendanceRecord(status, at, by, reason, history);
    }
}
