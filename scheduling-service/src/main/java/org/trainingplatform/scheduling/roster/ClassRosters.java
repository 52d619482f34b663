package org.trainingplatform.scheduling.roster;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.support.inbox.EventMetadata;
import org.trainingplatform.support.web.NotFoundException;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the class rosters from enrolment events. Every change is one atomic, idempotent write (a set, an
 * enrolee written or removed whole), so a redelivered event changes nothing; a class's events arrive in
 * order (one key).
 */
@Service
public class ClassRosters implements SmartInitializingSingleton {

    private static final String ROSTERS = "class_rosters";
    private static final String ENROLEES = "class_enrolees";

    private final MongoTemplate mongo;

    ClassRosters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void opened(ClassOpened event) {
        mongo.upsert(byId(event.classId()), new Update()
                .set("organiserAgencyId", event.agencyId())
                .set("coOrganiserAgencyIds", event.coOrganiserAgencyIds())
                .set("visibleTo", event.involvedAgencyIds())
                .set("title", event.title())
                .set("programmeTitle", event.programmeTitle())
                .set("startDate", event.startDate())
                .set("endDate", event.endDate())
                .set("timeZone", event.timeZone())
                .set("status", "OPEN"), ClassRoster.class);
    }

    public void rescheduled(ClassRescheduled event) {
        mongo.updateFirst(byId(event.classId()), new Update().set("startDate", event.startDate())
                .set("endDate", event.endDate()), ClassRoster.class);
    }

    public void statusChanged(ClassStatusChanged event) {
        mongo.updateFirst(byId(event.classId()), new Update().set("status", event.status()), ClassRoster.class);
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

    private void enrol(String classId, String traineeId, String nominatingAgencyId, long position) {
        mongo.save(Enrolee.of(classId, traineeId, nominatingAgencyId, position));
    }

    /** The class as the agency may see it: organisers, co-organisers and invited nominators; others get 404. */
    public ClassRoster visibleTo(String agencyId, String classId) {
        return mongo.query(ClassRoster.class).matching(byId(classId).addCriteria(where("visibleTo").is(agencyId)))
                .one().orElseThrow(() -> new NotFoundException("Class", classId));
    }

    public ClassRoster get(String classId) {
        return mongo.findById(classId, ClassRoster.class);
    }

    /** Who is enrolled in the class, in the order they were enrolled. */
    public List<Enrolee> enrolees(String classId) {
        return mongo.find(Query.query(where("classId").is(classId)).with(Sort.by("position", "traineeId")), Enrolee.class);
    }

    /** How many are enrolled in the class: their ids are read (a count would scan the collection on some stores). */
    public int enrolledCount(String classId) {
        Query enrolees = Query.query(where("classId").is(classId));
        enrolees.fields().include("_id");
        return mongo.find(enrolees, Document.class, ENROLEES).size();
    }

    /** The classes a trainee is enrolled in, one enrolee each. */
    public List<Enrolee> enrolments(String traineeId) {
        return mongo.find(Query.query(where("traineeId").is(traineeId)), Enrolee.class);
    }

    /**
     * Rosters kept before enrolees had documents of their own held them in an array, {@code enrolled}: they are
     * moved once, before the consumers start, ahead of any enrolled since (their positions are their places in it).
     */
    @Override
    public void afterSingletonsInstantiated() {
        Query kept = Query.query(where("enrolled").exists(true));
        for (Document roster : mongo.find(kept, Document.class, ROSTERS)) {
            String classId = roster.getString("_id");
            List<Document> enrolled = roster.getList("enrolled", Document.class, List.of());
            for (int i = 0; i < enrolled.size(); i++) {
                enrol(classId, enrolled.get(i).getString("traineeId"), enrolled.get(i).getString("nominatingAgencyId"), i);
            }
            mongo.updateFirst(byId(classId), new Update().unset("enrolled"), ROSTERS);
        }
    }

    private static Query byId(String classId) {
        return Query.query(where("_id").is(classId));
    }
}
