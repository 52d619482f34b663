package org.trainingplatform.enrolment.trainee;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.trainingplatform.enrolment.VietnameseText;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Registering, finding and updating an agency's trainees; every call is scoped to one agency. */
@Service
public class Trainees {

    private static final int MAX_PAGE = 200;

    private final TraineeRepository repository;
    private final AggregateUpdates updates;

    Trainees(TraineeRepository repository, AggregateUpdates updates) {
        this.repository = repository;
        this.updates = updates;
    }

    Trainee register(String agencyId, TraineeDetails details) {
        Registration registration = registerOnce(agencyId, details);
        if (!registration.created()) {
            throw RuleViolationException.conflict("trainee-already-registered",
                    "This official is already registered as trainee " + registration.trainee().id());
        }
        return registration.trainee();
    }

    /** Registers the official unless the agency has already registered them; says which happened. */
    Registration registerOnce(String agencyId, TraineeDetails details) {
        Trainee trainee = Trainee.register(agencyId, details);
        try {
            return new Registration(repository.insert(trainee), true);
        } catch (DuplicateKeyException e) {
            return new Registration(repository.findByAgencyIdAndIdentityKey(agencyId, trainee.identityKey()).orElseThrow(), false);
        }
    }

    record Registration(Trainee trainee, boolean created) {
    }

    public Trainee get(String agencyId, String traineeId) {
        return repository.findByIdAndAgencyId(traineeId, agencyId)
                .orElseThrow(() -> new NotFoundException("Trainee", traineeId));
    }

    /** The agency's trainees with these ids; an id the agency does not have is not found. */
    public List<Trainee> getAll(String agencyId, List<String> traineeIds) {
        List<Trainee> found = repository.findByAgencyIdAndIdIn(agencyId, traineeIds);
        if (found.size() < traineeIds.stream().distinct().count()) {
            var known = found.stream().map(Trainee::id).collect(Collectors.toSet());
            String missing = traineeIds.stream().filter(id -> !known.contains(id)).findFirst().orElseThrow();
            throw new NotFoundException("Trainee", missing);
        }
        return found;
    }

    List<Trainee> search(String agencyId, String query, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
        String folded = VietnameseText.fold(query);
        if (folded.isBlank()) {
            return repository.findByAgencyIdOrderBySearchName(agencyId, request);
        }
        String pattern = Arrays.stream(folded.split(" "))
                .map(word -> word.replaceAll("[^\\p{Alnum}]", ""))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(".*"));
        return repository.searchByName(agencyId, pattern, request);
    }

    Trainee changeContact(String agencyId, String traineeId, String email, String phone, Language language) {
        return updates.update(traineeId, () -> {
            Trainee trainee = get(agencyId, traineeId);
            return trainee.changeContact(email, phone, language) ? repository.save(trainee) : trainee;
        });
    }
}
