package org.trainingplatform.scheduling.timetable;

/** A session with the class it belongs to, as timetables across classes list them. */
record TimetableEntry(String classId, String classTitle, String timeZone, Session session) {
}
