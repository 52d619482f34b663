package org.trainingplatform.notification.klass;

import org.springframework.stereotype.Service;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/** Classes and their rosters as the enrolment events describe them. */
@Service
public class Classes {

    private final ClassRepository repository;
    private final AggregateUpdates updates;

    Classes(ClassRepository repository, AggregateUpdates updates) {
        this.repository = repository;
        this.updates = updates;
    }

    public void opened(ClassOpened event, Instant time) {
        change(event.classId(), klass -> klass.opened(event, time));
    }

    /** Applies new dates or venue; false if a later change is already known. */
    public boolean rescheduled(ClassRescheduled event, Instant time) {
        return change(event.classId(), klass -> klass.rescheduled(event.startDate(), event.endDate(), event.venue(), time));
    }

    /** Applies the new status; false if a later change is already known. */
    public boolean statusChanged(ClassStatusChanged event, Instant time) {
        return change(event.classId(), klass -> klass.statusChanged(event.status(), time));
    }

    public void participant(String classId, String traineeId, String agencyId, String nominationStatus, Instant time) {
        change(classId, klass -> {
            klass.participant(traineeId, agencyId, nominationStatus, time);
            return true;
        });
    }

    public Optional<TrainingClass> find(String classId) {
        return repository.findById(classId).filter(TrainingClass::isKnown);
    }

    /** The class as its organiser sees it; to any other agency it does not exist. */
    public TrainingClass getOrganisedBy(String agencyId, String classId) {
        return find(classId).filter(klass -> agencyId.equals(klass.organiserAgencyId()))
                .orElseThrow(() -> new NotFoundException("Class", classId));
    }

    private boolean change(String classId, Predicate<TrainingClass> change) {
        return updates.update(classId, () -> {
            TrainingClass klass = repository.findById(classId).orElseGet(() -> TrainingClass.unknown(classId));
            boolean changed = change.test(klass);
            if (changed) {
                repository.save(klass);
            }
            return changed;
        });
    }
}
