package org.trainingplatform.notification.lecturer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;

import java.time.Instant;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Lecturers' names and contact details, kept from the scheduling events. */
@Service
public class LecturerContacts {

    private final MongoTemplate mongo;

    LecturerContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void registered(LecturerRegistered event, Instant time) {
        upsert(event.lecturerId(), event.agencyId(), event.fullName(), event.honorific(), event.email(), event.phone(), time);
    }

    public void updated(LecturerUpdated event, Instant time) {
        upsert(event.lecturerId(), event.agencyId(), event.fullName(), event.honorific(), event.email(), event.phone(), time);
    }

    /**
     * Writes the details unless newer ones are already known: a late event, older than them, changes nothing; one of
     * the same millisecond is applied, as a lecturer's events arrive in order (a redelivery writes the same again).
     */
    private void upsert(String lecturerId, String agencyId, String fullName, String honorific, String email, String phone,
                        Instant time) {
        Query notNewerOrAbsent = Query.query(where("_id").is(lecturerId)
                .orOperator(where("contactTime").lte(time), where("contactTime").exists(false)));
        Update details = new Update().set("agencyId", agencyId).set("fullName", fullName).set("honorific", honorific)
                .set("email", email).set("phone", PhoneNumbers.e164(phone)).set("contactTime", time);
        try {
            mongo.upsert(notNewerOrAbsent, details, LecturerContact.class);
        } catch (DuplicateKeyException newerKnown) {
            // the document exists with newer details: this event is stale
        }
    }

    public Optional<LecturerContact> find(String lecturerId) {
        return Optional.ofNullable(mongo.findById(lecturerId, LecturerContact.class));
    }
}
