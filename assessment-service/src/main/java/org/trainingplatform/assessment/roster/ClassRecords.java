package org.trainingplatform.assessment.roster;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.enrolment.AgencyProfileChanged;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.scheduling.AttendanceRecorded;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.support.web.NotFoundException;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps class records, trainees' names and agencies' names from events, each change one atomic,
 * idempotent update, so that redelivered events change nothing and events of different streams may
 * arrive in any order.
 */
@Service
public class ClassRecords {

    static final String TRAINEES = "trainee_names";
    static final String AGENCIES = "agency_names";

    private final MongoTemplate mongo;

    ClassRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void opened(ClassOpened event) {
        mongo.upsert(byId(event.classId()), new Update()
                .set("organiserAgencyId", event.agencyId())
                .set("coOrganiserAgencyIds", event.coOrganiserAgencyIds())
                .set("visibleTo", event.involvedAgencyIds())
                .set("programmeId", event.programmeId())
                .set("programmeTitle", event.programmeTitle())
                .set("title", event.title())
                .set("startDate", event.startDate())
                .set("endDate", event.endDate()), ClassRecord.class);
    }

    public void enrolled(TraineeEnrolled event) {
        enrol(event.classId(), event.traineeId(), event.nominatingAgencyId());
    }

    public void promoted(TraineePromotedFromWaitlist event) {
        enrol(event.classId(), event.traineeId(), event.nominatingAgencyId());
    }

    public void withdrawn(EnrolmentWithdrawn event) {
        mongo.updateFirst(byId(event.classId()), new Update().pull("enrolled", new Document("traineeId", event.traineeId())),
                ClassRecord.class);
    }

    public void registered(TraineeRegistered event) {
        mongo.upsert(Query.query(where("_id").is(event.traineeId())), new Update().set("agencyId", event.agencyId())
                .set("fullName", event.fullName()), TRAINEES);
    }

    /** An agency's profile, in full; an agency's events share a partition, so they arrive in order. */
    public void agencyProfileChanged(AgencyProfileChanged event) {
        mongo.upsert(Query.query(where("_id").is(event.agencyId())), new Update().set("name", event.name()), AGENCIES);
    }

    public void sessionScheduled(SessionScheduled event) {
        mongo.upsert(byId(event.classId()), new Update().addToSet("scheduledSessions", event.sessionId()), ClassRecord.class);
    }

    public void sessionCancelled(SessionCancelled event) {
        mongo.upsert(byId(event.classId()), new Update().pull("scheduledSessions", event.sessionId()), ClassRecord.class);
    }

    public void attendanceRecorded(AttendanceRecorded event) {
        mongo.upsert(byId(event.classId()), new Update().set("attendance." + event.traineeId() + "." + event.sessionId(),
                event.status()), ClassRecord.class);
    }

    private void enrol(String classId, String traineeId, String nominatingAgencyId) {
        mongo.upsert(byId(classId), new Update().addToSet("enrolled", new ClassRecord.Enrolee(traineeId, nominatingAgencyId)),
                ClassRecord.class);
    }

    /** The class as the agency may see it (organisers, co-organisers, invited nominators); others get 404. */
    public ClassRecord visibleTo(String agencyId, String classId) {
        return mongo.query(ClassRecord.class).matching(byId(classId).addCriteria(where("visibleTo").is(agencyId)))
                .one().orElseThrow(() -> new NotFoundException("Class", classId));
    }

    /** The names of the trainees, as their agencies registered them. */
    public Map<String, String> names(Set<String> traineeIds) {
        return namesIn(TRAINEES, "fullName", traineeIds);
    }

    /** The names of the agencies, as they described themselves; an agency not yet known is left out. */
    public Map<String, String> agencyNames(Collection<String> agencyIds) {
        return namesIn(AGENCIES, "name", agencyIds);
    }

    private Map<String, String> namesIn(String collection, String field, Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), Document.class, collection).stream()
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d.getString(field)));
    }

    private static Query byId(String classId) {
        return Query.query(where("_id").is(classId));
    }
}
