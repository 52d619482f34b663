package org.trainingplatform.assessment.roster;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
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
import org.trainingplatform.support.inbox.EventMetadata;
import org.trainingplatform.support.web.NotFoundException;

import java.util.Collection;
import java.util.List;
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
public class ClassRecords implements SmartInitializingSingleton {

    static final String TRAINEES = "trainee_names";
    static final String AGENCIES = "agency_names";
    private static final String RECORDS = "class_records";

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

    public void enrolled(TraineeEnrolled event, EventMetadata cause) {
        enrol(event.classId(), event.traineeId(), event.nominatingAgencyId(), cause.position());
    }

    public void promoted(TraineePromotedFromWaitlist event, EventMetadata cause) {
        enrol(event.classId(), event.traineeId(), event.nominatingAgencyId(), cause.position());
    }

    public void withdrawn(EnrolmentWithdrawn event) {
        mongo.remove(Query.query(where("_id").is(Enrolee.idOf(event.classId(), event.traineeId()))), Enrolee.class);
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

    private void enrol(String classId, String traineeId, String nominatingAgencyId, long position) {
        mongo.save(Enrolee.of(classId, traineeId, nominatingAgencyId, position));
    }

    /** The class as the agency may see it (organisers, co-organisers, invited nominators), with its roster; others get 404. */
    public ClassRecord visibleTo(String agencyId, String classId) {
        ClassRecord klass = mongo.query(ClassRecord.class).matching(byId(classId).addCriteria(where("visibleTo").is(agencyId)))
                .one().orElseThrow(() -> new NotFoundException("Class", classId));
        return klass.withEnrolled(mongo.find(Query.query(where("classId").is(classId)).with(Sort.by("position", "traineeId")),
                Enrolee.class));
    }

    /**
     * Records kept before enrolees had documents of their own held them in an array, {@code enrolled}: they are
     * moved once, before the consumers start, ahead of any enrolled since (their positions are their places in it).
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (Document record : mongo.find(Query.query(where("enrolled").exists(true)), Document.class, RECORDS)) {
            String classId = record.getString("_id");
            List<Document> enrolled = record.getList("enrolled", Document.class, List.of());
            for (int i = 0; i < enrolled.size(); i++) {
                enrol(classId, enrolled.get(i).getString("traineeId"), enrolled.get(i).getString("nominatingAgencyId"), i);
            }
            mongo.updateFirst(byId(classId), new Update().unset("enrolled"), RECORDS);
        }
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
