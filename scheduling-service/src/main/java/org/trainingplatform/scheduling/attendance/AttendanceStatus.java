package org.trainingplatform.scheduling.attendance;

/** Điểm danh: present and late count as attended; excused and absent do not. */
enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
