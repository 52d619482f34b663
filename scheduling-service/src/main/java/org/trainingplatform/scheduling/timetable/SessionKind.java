package org.trainingplatform.scheduling.timetable;

/** Opening ceremony (khai giảng), lecture on a topic (chuyên đề), field study (thực địa), seminar (tọa đàm), closing ceremony (bế giảng). */
enum SessionKind {
    OPENING_CEREMONY, LECTURE, FIELD_STUDY, SEMINAR, CLOSING_CEREMONY
}
