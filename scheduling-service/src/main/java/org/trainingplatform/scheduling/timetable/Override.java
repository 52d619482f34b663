package org.trainingplatform.scheduling.timetable;

import java.time.Instant;

/** The organiser's decision to schedule despite conflicts: who, why and when, kept with the session. */
record Override(String agencyId, String reason, Instant at) {
}
