package org.trainingplatform.enrolment.agency;

import org.springframework.stereotype.Service;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The directory of agencies taking part in the platform. Each agency describes itself; the directory
 * is public to every agency, since agencies name each other as co-organisers and nominators.
 */
@Service
public class Agencies {

    private final AgencyRepository repository;

    Agencies(AgencyRepository repository) {
        this.repository = repository;
    }

    Agency describe(String agencyId, AgencyProfile profile) {
        Agency agency = repository.findById(agencyId).orElseGet(() -> Agency.describe(agencyId, profile));
        agency.update(profile);
        return repository.save(agency);
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
