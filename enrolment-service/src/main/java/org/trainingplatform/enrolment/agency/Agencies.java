package org.trainingplatform.enrolment.agency;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The directory of agencies taking part in the platform. Each agency describes itself; the directory
 * is public to every agency, since agencies name each other as co-organisers and nominators.
 */
@Service
public class Agencies {

    private final AgencyRepository repository;
    private final MongoTemplate mongo;
    private final AggregateUpdates updates;

    Agencies(AgencyRepository repository, MongoTemplate mongo, AggregateUpdates updates) {
        this.repository = repository;
        this.mongo = mongo;
        this.updates = updates;
    }

    /**
     * Agencies described before their profiles were published have no version and were never announced:
     * each is given a version, then announced once. Another instance starting at the same time may
     * announce one first; it is then left to that one.
     */
    @EventListener(ApplicationStartedEvent.class)
    void announceAgenciesDescribedBefore() {
        mongo.updateMulti(query(where("version").exists(false)), new Update().set("version", 0L), Agency.class);
        for (Agency agency : mongo.find(query(where("announced").ne(true)), Agency.class)) {
            agency.announce();
            try {
                repository.save(agency);
            } catch (OptimisticLockingFailureException announcedMeanwhile) {
                // saved by another instance since it was read
            }
        }
    }

    /** Describes the agency, or changes its profile; run again on fresh state if the relay removed its published events meanwhile. */
    Agency describe(String agencyId, AgencyProfile profile) {
        return updates.update(agencyId, () -> {
            Agency agency = repository.findById(agencyId).map(known -> {
                known.update(profile);
                return known;
            }).orElseGet(() -> Agency.describe(agencyId, profile));
            return repository.save(agency);
        });
    }

    List<Agency> all() {
        return repository.findAll();
    }

    Agency get(String agencyId) {
        return repository.findById(agencyId).orElseThrow(() -> new NotFoundException("Agency", agencyId));
    }

    /** Refuses a request that names agencies the platform does not know. */
    public void requireKnown(Collection<String> agencyIds) {
        Set<String> unknown = new HashSet<>(agencyIds);
        repository.findAllById(agencyIds).forEach(agency -> unknown.remove(agency.id()));
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("unknown-agency", "No agency is registered as " + unknown.stream().sorted().toList());
        }
    }
}
