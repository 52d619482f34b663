package org.trainingplatform.enrolment.klass;

import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.trainingplatform.enrolment.klass.NominationStatus.WAITLISTED;

/**
 * A class's roster as the class keeps it: one nomination per official, and the counter that gives the
 * waitlist its order. Part of the class's document (its fields {@code nominations} and {@code waitlistCounter}),
 * so that it changes only with the class, in the class's one write.
 */
class Nominations {

    private List<Nomination> nominations = new ArrayList<>();
    private long waitlistCounter;

    /** The official's nomination, new or renewed after a withdrawal or rejection; refused while they are on the roster. */
    Nomination nominate(Nominee nominee) {
        Optional<Nomination> earlier = of(nominee.traineeId());
        if (earlier.isEmpty()) {
            Nomination created = Nomination.of(nominee);
            nominations.add(created);
            return created;
        }
        Nomination nomination = earlier.get();
        if (nomination.status().isActive()) {
            throw RuleViolationException.conflict("already-nominated",
                    nominee.fullName() + " is already on the roster (" + nomination.status() + ")");
        }
        nomination.renew(nominee);
        return nomination;
    }

    /** Puts the nomination at the end of the waitlist. */
    void waitlist(Nomination nomination) {
        nomination.waitlist(++waitlistCounter);
    }

    Optional<Nomination> of(String traineeId) {
        return nominations.stream().filter(n -> n.traineeId().equals(traineeId)).findFirst();
    }

    Nomination active(String traineeId) {
        return of(traineeId).filter(n -> n.status().isActive())
                .orElseThrow(() -> new NotFoundException("Active nomination of trainee", traineeId));
    }

    /** The nominations in a status, of one nominating agency or (null) of all. */
    long count(NominationStatus status, String nominatingAgencyId) {
        return nominations.stream().filter(n -> n.status() == status
                && (nominatingAgencyId == null || n.nominatingAgencyId().equals(nominatingAgencyId))).count();
    }

    /** The waitlisted nominations, first come first. */
    List<Nomination> waiting() {
        return nominations.stream().filter(n -> n.status() == WAITLISTED)
                .sorted(Comparator.comparingLong(Nomination::waitlistSequence)).toList();
    }

    /** The place of a waitlisted nomination on the waitlist, from 1. */
    int waitlistPosition(Nomination nomination) {
        return (int) nominations.stream().filter(n -> n.status() == WAITLISTED
                && n.waitlistSequence() <= nomination.waitlistSequence()).count();
    }

    List<Nomination> all() {
        return Collections.unmodifiableList(nominations);
    }
}
