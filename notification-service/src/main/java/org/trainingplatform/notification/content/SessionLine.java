package org.trainingplatform.notification.content;

import java.time.Instant;

/**
 * A session as a message lists it. {@code kind} is the scheduling kind (LECTURE, FIELD_STUDY, …), or
 * null when it is not known; {@code end} and {@code venue} may be null.
 */
public record SessionLine(String kind, String title, Instant start, Instant end, String venue) {
}
