package org.trainingplatform.notification.timetable;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TimetableRepository extends MongoRepository<ClassTimetable, String> {
}
