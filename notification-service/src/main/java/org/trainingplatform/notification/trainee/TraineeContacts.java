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

    /**
     * The name is written in the same write as the contact details: a consumer thread making a message for the trainee
     * meanwhile finds both or neither, never a phone number without the name to greet them by.
     */
    public void registered(TraineeRegistered event, Instant time) {
        Update contact = contact(event.agencyId(), event.email(), event.phone(), event.preferredLanguage(), time)
                .set("fullName", event.fullName());
        if (!upsertContact(event.traineeId(), contact, time)) {
            mongo.updateFirst(byId(event.traineeId()), new Update().set("fullName", event.fullName()), TraineeContact.class);
        }
    }

    public void contactChanged(TraineeContactChanged event, Instant time) {
        upsertContact(event.traineeId(),
                contact(event.agencyId(), event.email(), event.phone(), event.preferredLanguage(), time), time);
    }

    private static Update contact(String agencyId, String email, String phone, String language, Instant time) {
        return new Update().set("agencyId", agencyId).set("email", email).set("phone", phone)
                .set("language", Language.of(language)).set("contactTime", time);
    }

    /**
     * Writes the contact unless newer details are already known: a late event, older than them, changes nothing;
     * one of the same millisecond is applied, as a trainee's events arrive in order (a redelivery writes the same
     * details again). False when newer details were known.
     */
    private boolean upsertContact(String traineeId, Update contact, Instant time) {
        Query notNewerOrAbsent = Query.query(where("_id").is(traineeId)
                .orOperator(where("contactTime").lte(time), where("contactTime").exists(false)));
        try {
            mongo.upsert(notNewerOrAbsent, contact, TraineeContact.class);
            return true;
        } catch (DuplicateKeyException newerKnown) {
            return false;
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
