package org.trainingplatform.scheduling.lecturer;

import org.springframework.stereotype.Service;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.List;

/** The shared directory of lecturers: any agency may book them; the agency that registered one keeps them up to date. */
@Service
public class Lecturers {

    private final LecturerRepository repository;
    private final AggregateUpdates updates;

    Lecturers(LecturerRepository repository, AggregateUpdates updates) {
        this.repository = repository;
        this.updates = updates;
    }

    Lecturer register(String agencyId, Lecturer.Details details) {
        return repository.save(Lecturer.register(agencyId, details));
    }

    /** New details of a lecturer; run again on fresh state if the relay removed their published events meanwhile. */
    Lecturer describe(String agencyId, String lecturerId, Lecturer.Details details) {
        return updates.update(lecturerId, () -> {
            Lecturer lecturer = get(lecturerId);
            if (!lecturer.agencyId().equals(agencyId)) {
                throw RuleViolationException.forbidden("not-the-owner", "Only " + lecturer.agencyId() + " may describe this lecturer");
            }
            lecturer.describe(details);
            return repository.save(lecturer);
        });
    }

    public Lecturer get(String lecturerId) {
        return repository.findById(lecturerId).orElseThrow(() -> new NotFoundException("Lecturer", lecturerId));
    }

    List<Lecturer> all() {
        return repository.findAllByOrderByFullName();
    }
}
