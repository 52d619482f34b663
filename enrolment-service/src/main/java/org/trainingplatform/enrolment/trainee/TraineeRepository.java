package org.trainingplatform.enrolment.trainee;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.util.List;
import java.util.Optional;

/** Trainees, always read within one agency. */
interface TraineeRepository extends MongoRepository<Trainee, String> {

    Optional<Trainee> findByIdAndAgencyId(String id, String agencyId);

    Optional<Trainee> findByAgencyIdAndIdentityKey(String agencyId, String identityKey);

    List<Trainee> findByAgencyIdAndIdIn(String agencyId, List<String> ids);

    /** Trainees of the agency whose folded name matches the pattern (every word of the query, in order). */
    @Query(value = "{ 'agencyId': ?0, 'searchName': { $regex: ?1 } }", sort = "{ 'searchName': 1 }")
    List<Trainee> searchByName(String agencyId, String pattern, Pageable page);

    List<Trainee> findByAgencyIdOrderBySearchName(String agencyId, Pageable page);
}
