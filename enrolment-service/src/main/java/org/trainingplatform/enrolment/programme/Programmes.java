package org.trainingplatform.enrolment.programme;

import org.springframework.stereotype.Service;
import org.trainingplatform.support.web.NotFoundException;

import java.util.List;

@Service
public class Programmes {

    private final ProgrammeRepository repository;

    Programmes(ProgrammeRepository repository) {
        this.repository = repository;
    }

    Programme create(String agencyId, String title, String description) {
        return repository.save(Programme.create(agencyId, title, description));
    }

    /** One of the agency's own programmes. */
    public Programme get(String agencyId, String programmeId) {
        return repository.findByIdAndAgencyId(programmeId, agencyId)
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
    }

    List<Programme> all(String agencyId) {
        return repository.findByAgencyIdOrderByTitle(agencyId);
    }
}
