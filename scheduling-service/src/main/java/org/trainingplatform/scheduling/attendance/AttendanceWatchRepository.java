package org.trainingplatform.scheduling.attendance;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttendanceWatchRepository extends MongoRepository<AttendanceWatch, String> {
}
