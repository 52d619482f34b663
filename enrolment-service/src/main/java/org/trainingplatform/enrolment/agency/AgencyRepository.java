package org.trainingplatform.enrolment.agency;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AgencyRepository extends MongoRepository<Agency, String> {
}
