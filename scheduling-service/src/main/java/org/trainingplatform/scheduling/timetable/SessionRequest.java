package org.trainingplatform.scheduling.timetable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A session as an organiser asks for it. {@code start} and {@code end} are ISO date-times, either local
 * to the class's time zone ({@code 2022-08-08T08:00}) or with an offset ({@code 2022-08-08T08:00+07:00}).
 */
record SessionRequest(@NotNull SessionKind kind,
                      @NotBlank @Size(max = 300) String title,
                      @NotBlank @Size(max = 40) String start,
                      @NotBlank @Size(max = 40) String end,
                      @Size(max = 100) String venueId,
                      @Size(max = 20) List<@NotBlank @Size(max = 100) String> lecturerIds) {
}
