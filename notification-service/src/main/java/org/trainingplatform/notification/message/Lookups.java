package org.trainingplatform.notification.message;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What writing messages reads from the store (a recipient, a class, its timetable, a sender's policy),
 * each read once while one event's messages are written: an event's email and SMS, or its messages to
 * every trainee of a class, are written from the same reading.
 */
final class Lookups {

    private final Map<String, Object> read = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T once(String key, Supplier<T> lookUp) {
        return (T) read.computeIfAbsent(key, k -> lookUp.get());
    }
}
