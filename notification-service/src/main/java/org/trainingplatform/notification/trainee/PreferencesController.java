package org.trainingplatform.notification.trainee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

@Tag(name = "Preferences", description = "The channels a trainee opted out of; mandatory messages are sent regardless")
@RestController
class PreferencesController {

    private final TraineeContacts contacts;

    PreferencesController(TraineeContacts contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "The channels one of the caller's trainees opted out of")
    @GetMapping("/api/trainees/{traineeId}/preferences")
    Preferences get(Caller caller, @PathVariable String traineeId) {
        return Preferences.of(contacts.get(caller.agencyId(), traineeId));
    }

    @Operation(summary = "Record which channels one of the caller's trainees opted out of",
            description = "Optional messages on an opted-out channel are skipped; mandatory ones (a class cancelled "
                    + "or moved) are still sent and say that they are mandatory.")
    @PutMapping("/api/trainees/{traineeId}/preferences")
    Preferences change(Caller caller, @PathVariable String traineeId, @Valid @RequestBody Preferences preferences) {
        return Preferences.of(contacts.changePreferences(caller.agencyId(), traineeId, preferences.emailOptOut(),
                preferences.smsOptOut()));
    }

    record Preferences(@NotNull Boolean emailOptOut, @NotNull Boolean smsOptOut) {

        static Preferences of(TraineeContact contact) {
            return new Preferences(contact.emailOptOut(), contact.smsOptOut());
        }
    }
}
