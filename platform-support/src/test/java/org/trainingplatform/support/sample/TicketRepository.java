package org.trainingplatform.support.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

interface TicketRepository extends MongoRepository<Ticket, String> {

    Optional<Ticket> findByIdAndAgencyId(String id, String agencyId);
}
