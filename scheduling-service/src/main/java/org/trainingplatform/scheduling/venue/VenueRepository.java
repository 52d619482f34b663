package org.trainingplatform.scheduling.venue;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface VenueRepository extends MongoRepository<Venue, String> {

    List<Venue> findAllByOrderByName();
}
