package org.trainingplatform.assessment.results;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface ClassResultsRepository extends MongoRepository<ClassResults, String> {

    Optional<ClassResults> findByResultsCertificateNumber(String number);

    Optional<ClassResults> findByResultsCertificateVerificationCode(String code);
}
