package org.trainingplatform.assessment.gradebook;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface GradebookRepository extends MongoRepository<Gradebook, String> {
}
