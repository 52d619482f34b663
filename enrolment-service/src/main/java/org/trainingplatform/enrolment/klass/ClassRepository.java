package org.trainingplatform.enrolment.klass;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.List;
import java.util.Optional;

/** Classes, always read as one agency sees them: organisers, co-organisers and invited nominators only. */
interface ClassRepository extends MongoRepository<TrainingClass, String> {

    Optional<TrainingClass> findByIdAndVisibleTo(String id, String agencyId);

    /** For listing only: the rosters are left out, so these copies must never be saved. */
    @Query(value = "{ 'visibleTo': ?0 }", fields = "{ 'nominations': 0, 'outbox': 0 }", sort = "{ 'startDate': -1 }")
    List<TrainingClass> listVisibleTo(String agencyId);

    /** The classes the trainee is on the roster of (spelt out: nominations are mapped field by field, see NominationConversions). */
    @Query("{ 'nominations.traineeId': ?0 }")
    List<TrainingClass> listNominating(String traineeId);
}
