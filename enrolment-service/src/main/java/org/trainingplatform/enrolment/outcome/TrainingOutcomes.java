package org.trainingplatform.enrolment.outcome;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Records assessment's outcomes on trainees' transcripts; every change is one idempotent upsert. */
@Service
public class TrainingOutcomes {

    private final MongoTemplate mongo;

    TrainingOutcomes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void completed(CourseCompleted event) {
        mongo.upsert(byId(event.classId(), event.traineeId()), base(event.classId(), event.traineeId())
                .set("completed", true)
                .set("finalScore", event.finalScore())
                .set("classification", event.classification())
                .set("reasons", List.of())
                .set("certificateNumber", event.certificateNumber())
                .set("verificationUrl", event.verificationUrl()), TrainingOutcome.class);
    }

    public void notCompleted(CourseNotCompleted event) {
        mongo.upsert(byId(event.classId(), event.traineeId()), base(event.classId(), event.traineeId())
                .set("completed", false)
                .set("finalScore", event.finalScore())
                .set("reasons", event.reasons()), TrainingOutcome.class);
    }

    public void meritAwarded(MeritAwarded event) {
        mongo.upsert(byId(event.classId(), event.traineeId()), base(event.classId(), event.traineeId())
                .set("meritRank", event.rank()), TrainingOutcome.class);
    }

    public void certificateRevoked(CertificateRevoked event) {
        mongo.upsert(byId(event.classId(), event.traineeId()), base(event.classId(), event.traineeId())
                .set("certificateRevoked", true), TrainingOutcome.class);
    }

    public Optional<TrainingOutcome> of(String classId, String traineeId) {
        return Optional.ofNullable(mongo.findById(TrainingOutcome.id(classId, traineeId), TrainingOutcome.class));
    }

    private static Update base(String classId, String traineeId) {
        return new Update().set("classId", classId).set("traineeId", traineeId);
    }

    private static Query byId(String classId, String traineeId) {
        return Query.query(where("_id").is(TrainingOutcome.id(classId, traineeId)));
    }
}
