package org.trainingplatform.support.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;
import org.trainingplatform.support.web.NotFoundException;

import java.net.URI;

@RestController
class TicketController {

    private final TicketRepository tickets;

    TicketController(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @PostMapping("/tickets")
    ResponseEntity<TicketView> create(Caller caller, @Valid @RequestBody TicketRequest request) {
        Ticket ticket = tickets.save(Ticket.register(caller.agencyId(), request.name()));
        return ResponseEntity.created(URI.create("/tickets/" + ticket.id())).body(TicketView.of(ticket));
    }

    @GetMapping("/tickets/{id}")
    TicketView get(Caller caller, @PathVariable String id) {
        return tickets.findByIdAndAgencyId(id, caller.agencyId()).map(TicketView::of)
                .orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    enum Kind { LECTURE, SEMINAR }

    record TicketRequest(@NotBlank @Size(max = 50) String name, @Min(1) int seats, @NotNull Kind kind) {
    }

    record TicketView(String id, String agencyId, String name) {
        static TicketView of(Ticket ticket) {
            return new TicketView(ticket.id(), ticket.agencyId(), ticket.name());
        }
    }
}
