package org.trainingplatform.scheduling.timetable;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface TimetableRepository extends MongoRepository<ClassTimetable, String> {
}
