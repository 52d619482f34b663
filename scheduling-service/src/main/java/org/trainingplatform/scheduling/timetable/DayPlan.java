package org.trainingplatform.scheduling.timetable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A timetable written the way organisers plan: day by day, each with its sessions' local times. */
record DayPlan(@NotEmpty @Size(max = 31) List<@Valid @NotNull Day> days) {

    record Day(@NotNull LocalDate date, @NotEmpty @Size(max = 12) List<@Valid @NotNull Slot> sessions) {
    }

    record Slot(@NotNull @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be a time such as 08:00") String from,
                @NotNull @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be a time such as 11:30") String to,
                @NotNull SessionKind kind, @NotNull @Size(min = 1, max = 300) String title, @Size(max = 100) String venueId,
                @Size(max = 20) List<String> lecturerIds) {
    }

    List<SessionRequest> sessions() {
        return days.stream().flatMap(day -> day.sessions().stream().map(slot -> new SessionRequest(slot.kind(),
                slot.title(), day.date() + "T" + slot.from(), day.date() + "T" + slot.to(), slot.venueId(),
                slot.lecturerIds()))).toList();
    }
}
