package org.trainingplatform.scheduling.venue;

import org.springframework.stereotype.Service;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.List;

/** The shared directory of venues: every agency may book any venue; only its owner describes it. */
@Service
public class Venues {

    private final VenueRepository repository;

    Venues(VenueRepository repository) {
        this.repository = repository;
    }

    Venue register(String agencyId, Venue.Details details) {
        return repository.save(Venue.register(agencyId, details));
    }

    Venue describe(String agencyId, String venueId, Venue.Details details) {
        Venue venue = get(venueId);
        if (!venue.agencyId().equals(agencyId)) {
            throw RuleViolationException.forbidden("not-the-owner", "Only " + venue.agencyId() + " may describe this venue");
        }
        venue.describe(details);
        return repository.save(venue);
    }

    public Venue get(String venueId) {
        return repository.findById(venueId).orElseThrow(() -> new NotFoundException("Venue", venueId));
    }

    List<Venue> all() {
        return repository.findAllByOrderByName();
    }
}
