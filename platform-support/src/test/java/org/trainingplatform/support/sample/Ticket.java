package org.trainingplatform.support.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.outbox.OutboxAggregate;

import java.util.UUID;

@Document("tickets")
class Ticket extends OutboxAggregate {

    @Id
    private String id;
    private String agencyId;
    private String name;

    static Ticket register(String agencyId, String name) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID().toString();
        ticket.agencyId = agencyId;
        ticket.name = name;
        ticket.registerEvent(new TraineeRegistered(ticket.id, agencyId, name, "Chuyên viên", null, null, null, null, "vi"));
        return ticket;
    }

    void changeEmail(String email) {
        registerEvent(new TraineeContactChanged(id, agencyId, email, null, "vi"));
    }

    String id() {
        return id;
    }

    String agencyId() {
        return agencyId;
    }

    String name() {
        return name;
    }
}
