package org.trainingplatform.enrolment.klass;

import org.springframework.stereotype.Service;
import org.trainingplatform.enrolment.agency.Agencies;
import org.trainingplatform.enrolment.programme.Programme;
import org.trainingplatform.enrolment.programme.Programmes;
import org.trainingplatform.enrolment.trainee.Trainee;
import org.trainingplatform.enrolment.trainee.Trainees;
import org.trainingplatform.support.outbox.KeptAggregates;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What agencies do with classes and their rosters. Every read and change is made as one agency: a
 * class it is not involved in does not exist for it.
 */
@Service
class Classes {

    private final ClassRepository repository;
    private final Programmes programmes;
    private final Trainees trainees;
    private final Agencies agencies;
    private final AggregateUpdates updates;
    private final KeptAggregates kept;

    Classes(ClassRepository repository, Programmes programmes, Trainees trainees, Agencies agencies,
            AggregateUpdates updates, KeptAggregates kept) {
        this.repository = repository;
        this.programmes = programmes;
        this.trainees = trainees;
        this.agencies = agencies;
        this.updates = updates;
        this.kept = kept;
    }

    TrainingClass draft(String agencyId, String programmeId, ClassPlan plan) {
        Programme programme = programmes.get(agencyId, programmeId);
        TrainingClass klass = TrainingClass.draft(agencyId, programme.id(), programme.title(), plan);
        agencies.requireKnown(klass.involvedAgencies());
        return repository.save(klass);
    }

    TrainingClass revise(String agencyId, String classId, ClassPlan plan) {
        return asOwner(agencyId, classId, klass -> {
            klass.revise(plan);
            agencies.requireKnown(klass.involvedAgencies());
        });
    }

    TrainingClass get(String agencyId, String classId) {
        return repository.findByIdAndVisibleTo(classId, agencyId).orElseThrow(() -> new NotFoundException("Class", classId));
    }

    List<TrainingClass> list(String agencyId) {
        return repository.listVisibleTo(agencyId);
    }

    TrainingClass open(String agencyId, String classId) {
        return asOwner(agencyId, classId, TrainingClass::open);
    }

    TrainingClass closeEnrolment(String agencyId, String classId) {
        return asOwner(agencyId, classId, TrainingClass::closeEnrolment);
    }

    TrainingClass start(String agencyId, String classId) {
        return asOwner(agencyId, classId, TrainingClass::start);
    }

    TrainingClass close(String agencyId, String classId) {
        return asOwner(agencyId, classId, TrainingClass::close);
    }

    TrainingClass cancel(String agencyId, String classId, String reason) {
        return asOwner(agencyId, classId, klass -> klass.cancel(reason));
    }

    TrainingClass reschedule(String agencyId, String classId, LocalDate start, LocalDate end, String venue) {
        return asOwner(agencyId, classId, klass -> klass.reschedule(start, end, venue));
    }

    TrainingClass changeCapacity(String agencyId, String classId, int capacity) {
        return asOwner(agencyId, classId, klass -> klass.changeCapacity(capacity));
    }

    /**
     * Nominations arriving together for one class are decided and saved together (see AggregateUpdates#batched),
     * on the class as this process last saved it if it is still the stored version (KeptAggregates).
     */
    NominationOutcome nominate(String agencyId, String classId, String traineeId) {
        Nominee nominee = nominee(trainees.get(agencyId, traineeId));
        return updates.batched(classId,
                () -> kept.take(TrainingClass.class, classId,
                        () -> repository.findById(classId).orElseThrow(() -> new NotFoundException("Class", classId))),
                klass -> kept.keep(classId, repository.save(klass)),
                klass -> {
                    if (!klass.isVisibleTo(agencyId)) {
                        throw new NotFoundException("Class", classId);
                    }
                    return klass.nominate(nominee);
                });
    }

    List<NominationOutcome> nominateAll(String agencyId, String classId, List<String> traineeIds) {
        List<Nominee> nominees = trainees.getAll(agencyId, traineeIds).stream().map(Classes::nominee).toList();
        return change(agencyId, classId, klass -> klass.nominateAll(nominees));
    }

    NominationOutcome approve(String agencyId, String classId, String traineeId) {
        return change(agencyId, classId, klass -> {
            requireOrganiser(klass, agencyId);
            return klass.approve(traineeId);
        });
    }

    NominationOutcome reject(String agencyId, String classId, String traineeId, String reason) {
        return change(agencyId, classId, klass -> {
            requireOrganiser(klass, agencyId);
            return klass.reject(traineeId, reason);
        });
    }

    NominationOutcome withdraw(String agencyId, String classId, String traineeId, String reason) {
        return change(agencyId, classId, klass -> klass.withdraw(traineeId, reason, agencyId));
    }

    Roster roster(String agencyId, String classId) {
        return get(agencyId, classId).rosterFor(agencyId);
    }

    /** Reads the class as the agency sees it, applies the change and saves, winning any race on the class. */
    private <T> T change(String agencyId, String classId, Function<TrainingClass, T> change) {
        return updates.update(classId, () -> {
            TrainingClass klass = get(agencyId, classId);
            T result = change.apply(klass);
            repository.save(klass);
            return result;
        });
    }

    private TrainingClass asOwner(String agencyId, String classId, Consumer<TrainingClass> change) {
        return change(agencyId, classId, klass -> {
            if (!klass.isOwnedBy(agencyId)) {
                throw RuleViolationException.forbidden("not-the-organiser",
                        "Only the organising agency " + klass.organiserAgencyId() + " may do this");
            }
            change.accept(klass);
            return klass;
        });
    }

    private static void requireOrganiser(TrainingClass klass, String agencyId) {
        if (!klass.isOrganisedBy(agencyId)) {
            throw RuleViolationException.forbidden("not-an-organiser", "Only the organising agencies decide on nominations");
        }
    }

    private static Nominee nominee(Trainee trainee) {
        return new Nominee(trainee.id(), trainee.agencyId(), trainee.fullName(), trainee.position(), trainee.unit(),
                trainee.pipelinePosition());
    }
}
