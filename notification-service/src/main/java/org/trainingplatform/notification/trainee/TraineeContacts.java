package org.trainingplatform.notification.trainee;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.notification.content.Language;
import org.trainingplatform.support.web.NotFoundException;

import java.time.Instant;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Trainees' contact details, kept from the enrolment events, and the channels they opted out of. */
@Service
public class TraineeContacts {

    private final MongoTemplate mongo;

    TraineeContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void registered(TraineeRegistered event, Instant time) {
        upsertContact(event.traineeId(), event.agencyId(), event.email(), event.phone(), event.preferredLanguage(), time);
        mongo.updateFirst(byId(event.traineeId()), new Update().set("fullName", event.fullName()), TraineeContact.class);
    }

    public void contactChanged(TraineeContactChanged event, Instant time) {
        upsertContact(event.traineeId(), event.agencyId(), event.email(), event.phone(), event.preferredLanguage(), time);
    }

    /** Writes the contact unless newer details are already known: a replayed or late event changes nothing. */
    private void upsertContact(String traineeId, String agencyId, String email, String phone, String language,
                               Instant time) {
        Query olderOrAbsent = Query.query(where("_id").is(traineeId)
                .orOperator(where("contactTime").lt(time), where("contactTime").exists(false)));
        Update contact = new Update().set("agencyId", agencyId).set("email", email).set("phone", phone)
                .set("language", Language.of(language)).set("contactTime", time);
        try {
            mongo.upsert(olderOrAbsent, contact, TraineeContact.class);
        } catch (DuplicateKeyException newerKnown) {
            // the document exists with newer details: this event is stale
        }
    }

    public Optional<TraineeContact> find(String traineeId) {
        return Optional.ofNullable(mongo.findById(traineeId, TraineeContact.class));
    }

    /** The trainee as their own agency sees them; any other agency gets 404. */
    public TraineeContact get(String agencyId, String traineeId) {
        return find(traineeId).filter(contact -> agencyId.equals(contact.agencyId()))
                .orElseThrow(() -> new NotFoundException("Trainee", traineeId));
    }

    TraineeContact changePreferences(String agencyId, String traineeId, boolean emailOptOut, boolean smsOptOut) {
        get(agencyId, traineeId);
        mongo.updateFirst(byId(traineeId), new Update().set("emailOptOut", emailOptOut).set("smsOptOut", smsOptOut),
                TraineeContact.class);
        return get(agencyId, traineeId);
    }

    private static Query byId(String traineeId) {
        return Query.query(where("_id").is(traineeId));
    }
}
