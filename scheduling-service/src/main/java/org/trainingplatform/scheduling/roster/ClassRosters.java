package org.trainingplatform.scheduling.roster;

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
import org.trainingplatform.support.web.NotFoundException;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the class rosters from enrolment events. Every change is one atomic, idempotent update (a set
 * or an add-to-set), so a redelivered event changes nothing; a class's events arrive in order (one key).
 */
@Service
public class ClassRosters {

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
                .set("status", "OPEN")
                .setOnInsert("enrolled", List.of()), ClassRoster.class);
    }

    public void rescheduled(ClassRescheduled event) {
        mongo.updateFirst(byId(event.classId()), new Update().set("startDate", event.startDate())
                .set("endDate", event.endDate()), ClassRoster.class);
    }

    public void statusChanged(ClassStatusChanged event) {
        mongo.updateFirst(byId(event.classId()), new Update().set("status", event.status()), ClassRoster.class);
    }

    public void enrolled(TraineeEnrolled event) {
        enrol(event.classId(), event.traineeId(), event.nominatingAgencyId());
    }

    public void promoted(TraineePromotedFromWaitlist event) {
        enrol(event.classId(), event.traineeId(), event.nominatingAgencyId());
    }

    public void withdrawn(EnrolmentWithdrawn event) {
        mongo.updateFirst(byId(event.classId()), new Update().pull("enrolled",
                new org.bson.Document("traineeId", event.traineeId())), ClassRoster.class);
    }

    private void enrol(String classId, String traineeId, String nominatingAgencyId) {
        mongo.upsert(byId(classId), new Update().addToSet("enrolled", new ClassRoster.Enrolee(traineeId, nominatingAgencyId)),
                ClassRoster.class);
    }

    /** The class as the agency may see it: organisers, co-organisers and invited nominators; others get 404. */
    public ClassRoster visibleTo(String agencyId, String classId) {
        return mongo.query(ClassRoster.class).matching(byId(classId).addCriteria(where("visibleTo").is(agencyId)))
                .one().orElseThrow(() -> new NotFoundException("Class", classId));
    }

    public ClassRoster get(String classId) {
        return mongo.findById(classId, ClassRoster.class);
    }

    /** The classes a trainee is enrolled in. */
    public List<ClassRoster> enrolling(String traineeId) {
        return mongo.find(Query.query(where("enrolled.traineeId").is(traineeId)), ClassRoster.class);
    }

    private static Query byId(String classId) {
        return Query.query(where("_id").is(classId));
    }
}
