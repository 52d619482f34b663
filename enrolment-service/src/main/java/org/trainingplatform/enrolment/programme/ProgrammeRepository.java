package org.trainingplatform.enrolment.programme;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

interface ProgrammeRepository extends MongoRepository<Programme, String> {

    Optional<Programme> findByIdAndAgencyId(String id, String agencyId);

    List<Programme> findByAgencyIdOrderByTitle(String agencyId);
}
