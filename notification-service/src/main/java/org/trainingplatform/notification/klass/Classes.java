package org.trainingplatform.notification.klass;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Classes and their rosters as the enrolment events describe them. */
@Service
public class Classes {

    private static final List<String> ACTIVE = List.of("PENDING_APPROVAL", "ENROLLED", "WAITLISTED");

    private final ClassRepository repository;
    private final MongoTemplate mongo;
    private final AggregateUpdates updates;

    Classes(ClassRepository repository, MongoTemplate mongo, AggregateUpdates updates) {
        this.repository = repository;
        this.mongo = mongo;
        this.updates = updates;
    }

    public void opened(ClassOpened event, Instant time) {
        change(event.classId(), klass -> klass.opened(event, time));
    }

    /** Applies new dates or venue; false if a later change is already known. */
    public boolean rescheduled(ClassRescheduled event, Instant time) {
        return change(event.classId(), klass -> klass.rescheduled(event.startDate(), event.endDate(), event.venue(), time));
    }

    /** Applies the new status; false if a later change is already known. */
    public boolean statusChanged(ClassStatusChanged event, Instant time) {
        return change(event.classId(), klass -> klass.statusChanged(event.status(), time));
    }

    /**
     * Records where a trainee stands on the class's roster, unless a later change is already known: one
     * conditional upsert of the trainee's own document, which finds no match when a newer status is
     * there, and so tries to insert and collides with it.
     */
    public void participant(String classId, String traineeId, String agencyId, String nominationStatus, Instant time) {
        Query notNewer = query(where("_id").is(Participant.idOf(classId, traineeId)).and("since").lte(time));
        Update standing = new Update().set("classId", classId).set("traineeId", traineeId).set("agencyId", agencyId)
                .set("status", nominationStatus).set("since", time);
        try {
            mongo.upsert(notNewer, standing, Participant.class);
        } catch (DuplicateKeyException laterChangeKnown) {
            // a newer standing is recorded: this older one changes nothing
        }
    }

    /** The trainees still on the roster: pending approval, enrolled or waitlisted. */
    public List<Participant> activeParticipants(String classId) {
        return participants(classId, ACTIVE);
    }

    /** The trainees enrolled: those a timetable, a change of session or a reminder concerns. */
    public List<Participant> enrolledParticipants(String classId) {
        return participants(classId, List.of("ENROLLED"));
    }

    public Optional<Participant> participant(String classId, String traineeId) {
        return Optional.ofNullable(mongo.findById(Participant.idOf(classId, traineeId), Participant.class));
    }

    private List<Participant> participants(String classId, Collection<String> statuses) {
        return mongo.find(query(where("classId").is(classId).and("status").in(statuses)).with(Sort.by("since")),
                Participant.class);
    }

    public Optional<TrainingClass> find(String classId) {
        return repository.findById(classId).filter(TrainingClass::isKnown);
    }

    /** The class as its organiser sees it; to any other agency it does not exist. */
    public TrainingClass getOrganisedBy(String agencyId, String classId) {
        return find(classId).filter(klass -> agencyId.equals(klass.organiserAgencyId()))
                .orElseThrow(() -> new NotFoundException("Class", classId));
    }

    private boolean change(String classId, Predicate<TrainingClass> change) {
        return updates.update(classId, () -> {
            TrainingClass klass = repository.findById(classId).orElseGet(() -> TrainingClass.unknown(classId));
            boolean changed = change.test(klass);
            if (changed) {
                repository.save(klass);
            }
            return changed;
        });
    }
}
