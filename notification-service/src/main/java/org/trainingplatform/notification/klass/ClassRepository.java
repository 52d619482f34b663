package org.trainingplatform.notification.klass;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClassRepository extends MongoRepository<TrainingClass, String> {
}
