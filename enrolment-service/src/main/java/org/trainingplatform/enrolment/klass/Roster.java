package org.trainingplatform.enrolment.klass;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * A class's roster as one agency may see it: counts for the whole class and per nominating agency,
 * and the entries of the nominees whose personal data the viewer may see (all of them for the
 * organisers, only its own for a nominating agency).
 */
record Roster(String classId, int capacity, Counts total, Map<String, Counts> perNominatingAgency,
              List<Entry> entries) {

    record Counts(long pendingApproval, long enrolled, long waitlisted, long withdrawn, long rejected) {

        static Counts of(List<Nomination> nominations) {
            Map<NominationStatus, Long> by = nominations.stream()
                    .collect(Collectors.groupingBy(Nomination::status, Collectors.counting()));
            return new Counts(by.getOrDefault(NominationStatus.PENDING_APPROVAL, 0L),
                    by.getOrDefault(NominationStatus.ENROLLED, 0L), by.getOrDefault(NominationStatus.WAITLISTED, 0L),
                    by.getOrDefault(NominationStatus.WITHDRAWN, 0L), by.getOrDefault(NominationStatus.REJECTED, 0L));
        }
    }

    record Entry(String traineeId, String nominatingAgencyId, String fullName, String position, String unit,
                 NominationStatus status, Integer waitlistPosition, Instant nominatedAt, Instant updatedAt,
                 String reason) {
    }

    static Roster of(TrainingClass klass, List<Nomination> nominations, String viewer, boolean organiser,
                     ToIntFunction<Nomination> waitlistPosition) {
        Map<String, Counts> perAgency = new TreeMap<>(nominations.stream()
                .collect(Collectors.groupingBy(Nomination::nominatingAgencyId))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Counts.of(e.getValue()))));
        List<Entry> entries = nominations.stream()
                .filter(n -> organiser || n.nominatingAgencyId().equals(viewer))
                .sorted(Comparator.comparing(Nomination::nominatedAt))
                .map(n -> new Entry(n.traineeId(), n.nominatingAgencyId(), n.fullName(), n.position(), n.unit(),
                        n.status(), n.status() == NominationStatus.WAITLISTED ? waitlistPosition.applyAsInt(n) : null,
                        n.nominatedAt(), n.updatedAt(), n.reason()))
                .toList();
        return new Roster(klass.id(), klass.capacity(), Counts.of(nominations), perAgency, entries);
    }
}
