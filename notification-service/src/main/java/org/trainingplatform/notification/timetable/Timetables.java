package org.trainingplatform.notification.timetable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.scheduling.SessionCancelled;
import org.trainingplatform.events.scheduling.SessionRescheduled;
import org.trainingplatform.events.scheduling.SessionScheduled;
import org.trainingplatform.support.persistence.AggregateUpdates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Classes' timetables kept from the scheduling events, and the digests and reminders they make due. */
@Service
public class Timetables {

    private final TimetableRepository repository;
    private final MongoTemplate mongo;
    private final AggregateUpdates updates;
    private final TimetableProperties policy;
    private final Clock clock;

    Timetables(TimetableRepository repository, MongoTemplate mongo, AggregateUpdates updates, TimetableProperties policy,
               Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.updates = updates;
        this.policy = policy;
        this.clock = clock;
    }

    public void scheduled(SessionScheduled event, String eventId, Instant time) {
        change(event.classId(), timetable -> {
            timetable.scheduled(event, eventId, time, clock.instant(), policy);
            return null;
        });
    }

    /** Applies the move; the change to tell, if the trainees had been told of the session. */
    public Optional<SessionChange> rescheduled(SessionRescheduled event, String eventId, Instant time) {
        return change(event.classId(), timetable -> timetable.rescheduled(event, eventId, time, clock.instant(), policy));
    }

    /** Applies the cancellation; the change to tell, if the trainees had been told of the session. */
    public Optional<SessionChange> cancelled(SessionCancelled event, String eventId, Instant time) {
        return change(event.classId(), timetable -> timetable.cancelled(event, eventId, time, clock.instant(), policy));
    }

    public Optional<ClassTimetable> find(String classId) {
        return repository.findById(classId);
    }

    /** The classes whose timetable is due to be sent, or whose sending was interrupted. */
    public List<String> withDigestDue(Instant now) {
        return ids(new Criteria().orOperator(where("digest.dueAt").lte(now), where("digest.sending").ne(null)));
    }

    /** The classes with a day reminder due. */
    public List<String> withReminderDue(Instant now) {
        return ids(where("nextReminderAt").lte(now));
    }

    /** Starts (or resumes) sending the class's timetable if it is due: the round to send. */
    public Optional<Integer> startDigest(String classId, Instant now) {
        return change(classId, timetable -> timetable.startDigest(now));
    }

    public void digestSent(String classId, int round) {
        change(classId, timetable -> {
            timetable.digestSent(round);
            return null;
        });
    }

    public void postponeDigest(String classId, Instant until) {
        change(classId, timetable -> {
            timetable.postponeDigest(until);
            return null;
        });
    }

    /** The days whose reminder is due now (those too late for it are dropped). */
    public List<LocalDate> dueReminders(String classId, Instant now) {
        return change(classId, timetable -> timetable.dueReminders(now));
    }

    public void reminded(String classId, LocalDate day, Instant now) {
        change(classId, timetable -> {
            timetable.reminded(day, now);
            return null;
        });
    }

    public TimetableProperties policy() {
        return policy;
    }

    private List<String> ids(Criteria criteria) {
        Query query = Query.query(criteria).limit(500);
        query.fields().include("_id");
        return mongo.find(query, ClassTimetable.class).stream().map(ClassTimetable::classId).toList();
    }

    private <T> T change(String classId, Function<ClassTimetable, T> change) {
        return updates.update(classId, () -> {
            ClassTimetable timetable = repository.findById(classId).orElseGet(() -> ClassTimetable.of(classId));
            T result = change.apply(timetable);
            repository.save(timetable);
            return result;
        });
    }
}
