package org.trainingplatform.scheduling.lecturer;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface LecturerRepository extends MongoRepository<Lecturer, String> {

    List<Lecturer> findAllByOrderByFullName();
}
