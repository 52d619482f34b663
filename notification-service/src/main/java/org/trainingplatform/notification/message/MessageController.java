package org.trainingplatform.notification.message;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Tag(name = "Messages", description = "Email and SMS to trainees: status, attempts, the pending queue, re-sending")
@RestController
class MessageController {

    private final Messages messages;
    private final Notifications notifications;

    MessageController(Messages messages, Notifications notifications) {
        this.messages = messages;
        this.notifications = notifications;
    }

    @Operation(summary = "The messages to one of the caller's trainees, newest first, with status and attempts")
    @GetMapping("/api/trainees/{traineeId}/messages")
    List<MessageView> ofTrainee(Caller caller, @PathVariable String traineeId,
                                @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return messages.ofTrainee(caller.agencyId(), traineeId, limit).stream().map(MessageView::of).toList();
    }

    @Operation(summary = "The delivery log of a class the caller organises: every message, newest first, and a "
            + "count per status")
    @GetMapping("/api/classes/{classId}/deliveries")
    DeliveryLog ofClass(Caller caller, @PathVariable String classId,
                        @RequestParam(defaultValue = "1000") @Min(1) @Max(5000) int limit) {
        List<MessageView> log = messages.ofClass(caller.agencyId(), classId, limit).stream().map(MessageView::of).toList();
        Map<MessageStatus, Long> counts = new TreeMap<>(Arrays.stream(MessageStatus.values())
                .collect(Collectors.toMap(status -> status, status -> 0L)));
        log.forEach(message -> counts.merge(message.status(), 1L, Long::sum));
        return new DeliveryLog(classId, counts, log);
    }

    @Operation(summary = "The caller's messages not yet settled, in queue order",
            description = "Waiting for contact details, queued, held back by quiet hours, being sent, and "
                    + "unconfirmed (an email whose sending was interrupted: re-send it if the trainee did not get it).")
    @GetMapping("/api/messages/pending")
    List<MessageView> pending(Caller caller, @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return messages.pending(caller.agencyId(), limit).stream().map(MessageView::of).toList();
    }

    @Operation(summary = "One message the caller sent, or sent to one of its trainees")
    @GetMapping("/api/messages/{messageId}")
    MessageView get(Caller caller, @PathVariable String messageId) {
        return MessageView.of(messages.get(caller.agencyId(), messageId));
    }

    @Operation(summary = "Send a FAILED or UNCONFIRMED message again, written afresh with the trainee's current details",
            description = "Only the sending agency (the class's organiser) may. The message is queued again; its "
                    + "attempts so far are kept.")
    @PostMapping("/api/messages/{messageId}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MessageView resend(Caller caller, @PathVariable String messageId) {
        return MessageView.of(notifications.resend(caller.agencyId(), messageId));
    }

    record DeliveryLog(String classId, Map<MessageStatus, Long> counts, List<MessageView> messages) {
    }
}
