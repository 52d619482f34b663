package org.trainingplatform.scheduling.attendance;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface AttendanceRepository extends MongoRepository<SessionAttendance, String> {

    List<SessionAttendance> findByClassId(String classId);
}
