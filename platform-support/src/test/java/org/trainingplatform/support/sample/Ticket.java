package org.trainingplatform.support.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.outbox.OutboxAggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Document("tickets")
class Ticket extends OutboxAggregate {

    @Id
    private String id;
    private String agencyId;
    private String name;
    private List<String> notes = new ArrayList<>();

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

    void note(String text) {
        notes.add(text);
    }

    void rewriteNote(int index, String text) {
        notes.set(index, text);
    }

    void dropFirstNote() {
        notes.remove(0);
    }

    void rename(String newName) {
        name = newName;
    }

    List<String> notes() {
        return List.copyOf(notes);
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
