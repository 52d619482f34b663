package org.trainingplatform.assessment.results;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.assessment.gradebook.Gradebook;
import org.trainingplatform.assessment.grading.GradingScheme;
import org.trainingplatform.assessment.roster.ClassRecord;
import org.trainingplatform.assessment.roster.Enrolee;
import org.trainingplatform.events.assessment.CertificateIssued;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.ClassResultsPublished;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;
import org.trainingplatform.support.outbox.OutboxAggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The results of a closed class: computed once, for every trainee on the roster, when the organiser
 * closes it; with the certificates issued and the certificates of merit confirmed later. Closing twice
 * is impossible: the results' id is the class's.
 */
@Document("class_results")
@CompoundIndex(name = "certificate_code", def = "{'results.certificate.verificationCode': 1}")
@CompoundIndex(name = "certificate_number", def = "{'results.certificate.number': 1}")
public class ClassResults extends OutboxAggregate {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Id
    private String classId;
    private String agencyId;
    private List<String> organiserAgencyIds;
    /** The organisers' names when the class closed, as certificates print them; null for results closed before names were kept. */
    private List<String> organiserNames;
    private String classTitle;
    private String programmeTitle;
    private LocalDate startDate;
    private LocalDate endDate;
    private Instant closedAt;
    private String closedBy;
    private GradingScheme scheme;
    private List<TraineeResult> results = new ArrayList<>();
    private boolean meritConfirmed;

    private ClassResults() {
    }

    /** Computes every trainee's result; issues certificates to those who completed, from the numbers given. */
    static ClassResults close(ClassRecord klass, GradingScheme scheme, Gradebook gradebook, Map<String, String> traineeNames,
                              Map<String, String> agencyNames, Supplier<Certificate> certificates,
                              Function<Certificate, String> verificationUrl, String closedBy, Instant at) {
        ClassResults closed = new ClassResults();
        closed.classId = klass.classId();
        closed.agencyId = klass.organiserAgencyId();
        closed.organiserAgencyIds = klass.organiserAgencyIds();
        closed.organiserNames = closed.organiserAgencyIds.stream().map(id -> agencyNames.getOrDefault(id, id)).toList();
        closed.classTitle = klass.title();
        closed.programmeTitle = klass.programmeTitle();
        closed.startDate = klass.startDate();
        closed.endDate = klass.endDate();
        closed.closedAt = at;
        closed.closedBy = closedBy;
        closed.scheme = scheme;
        for (Enrolee enrolee : klass.enrolled()) {
            TraineeResult result = assess(klass, scheme, gradebook, enrolee, traineeNames.get(enrolee.traineeId()));
            if (result.completed()) {
                result = result.withCertificate(certificates.get());
            }
            closed.results.add(result);
            closed.announce(result, verificationUrl);
        }
        Statistics statistics = closed.statistics();
        closed.registerEvent(new ClassResultsPublished(closed.classId, closed.agencyId, closed.classTitle,
                statistics.rosterSize(), statistics.completed(), statistics.classifications().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)),
                statistics.goodOrAboveShare(), statistics.veryGoodOrExcellentShare()));
        return closed;
    }

    private static TraineeResult assess(ClassRecord klass, GradingScheme scheme, Gradebook gradebook,
                                        Enrolee enrolee, String fullName) {
        String trainee = enrolee.traineeId();
        List<String> reasons = new ArrayList<>();
        double rate = klass.attendanceRate(trainee);
        if (rate < scheme.completion().attendanceThreshold()) {
            long attended = Math.round(rate * klass.scheduledSessionCount());
            reasons.add("Tham dự " + attended + "/" + klass.scheduledSessionCount() + " buổi (" + percent(rate)
                    + "), thấp hơn mức tối thiểu " + percent(scheme.completion().attendanceThreshold()));
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scheme.components().forEach(c -> gradebook.score(trainee, c.code()).ifPresent(s -> scores.put(c.code(), s)));
        List<String> missing = scheme.required().stream().filter(code -> !scores.containsKey(code)).toList();
        missing.forEach(code -> reasons.add("Chưa có điểm " + scheme.component(code).orElseThrow().name()));
        BigDecimal finalScore = missing.isEmpty() ? finalScore(scheme, scores) : null;
        if (finalScore != null && finalScore.compareTo(scheme.completion().minimumFinalScore()) < 0) {
            reasons.add("Điểm tổng kết " + decimal(finalScore) + " thấp hơn mức tối thiểu "
                    + decimal(scheme.completion().minimumFinalScore()));
        }
        return new TraineeResult(trainee, enrolee.nominatingAgencyId(), fullName, scores, finalScore,
                scheme.classify(finalScore), rate, reasons.isEmpty(), reasons, null, null);
    }

    /** The weighted mean of the component scores, to two decimals (a component not graded counts as 0). */
    private static BigDecimal finalScore(GradingScheme scheme, Map<String, BigDecimal> scores) {
        return scheme.components().stream()
                .map(c -> scores.getOrDefault(c.code(), BigDecimal.ZERO).multiply(c.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
    }

    private void announce(TraineeResult result, Function<Certificate, String> verificationUrl) {
        if (result.completed()) {
            String url = verificationUrl.apply(result.certificate());
            registerEvent(new CourseCompleted(classId, agencyId, result.traineeId(), result.nominatingAgencyId(), classTitle,
                    result.finalScore(), result.classification().name(), result.attendanceRate(),
                    result.certificate().number(), url));
            registerEvent(new CertificateIssued(classId, agencyId, result.traineeId(), result.certificate().number(), url));
        } else {
            registerEvent(new CourseNotCompleted(classId, agencyId, result.traineeId(), result.nominatingAgencyId(), classTitle,
                    result.finalScore(), result.attendanceRate(), result.reasons()));
        }
    }

    /** Revokes a certificate of this class, with the reason; its verification page says so from now on. */
    TraineeResult revoke(String certificateNumber, String reason, Instant at) {
        TraineeResult result = byCertificate(certificateNumber)
                .orElseThrow(() -> new NotFoundException("Certificate", certificateNumber));
        if (result.certificate().isRevoked()) {
            throw RuleViolationException.conflict("already-revoked", "The certificate was revoked on " + result.certificate().revokedAt());
        }
        TraineeResult revoked = result.withCertificate(result.certificate().revoked(at, reason));
        results.set(results.indexOf(result), revoked);
        registerEvent(new CertificateRevoked(classId, agencyId, result.traineeId(), certificateNumber, reason));
        return revoked;
    }

    /**
     * The completed trainees ranked for a certificate of merit, best first: by final score; ties by
     * attendance rate, then by the score of the heaviest component, then by name (Vietnamese order),
     * then by trainee id, so the order is always the same.
     */
    List<TraineeResult> propose(MeritRule rule) {
        List<TraineeResult> ranked = ranking();
        return rule.topN() != null ? ranked.stream().limit(rule.topN()).toList()
                : ranked.stream().filter(r -> r.finalScore().compareTo(rule.minimumScore()) >= 0).toList();
    }

    /** The organiser confirms who receives a certificate of merit; ranks follow the ranking. */
    List<TraineeResult> confirmMerit(List<String> traineeIds) {
        if (meritConfirmed) {
            throw RuleViolationException.conflict("merit-already-confirmed", "Certificates of merit were already confirmed");
        }
        List<TraineeResult> ranked = ranking();
        List<String> notCompleted = traineeIds.stream()
                .filter(id -> ranked.stream().noneMatch(r -> r.traineeId().equals(id))).toList();
        if (!notCompleted.isEmpty()) {
            throw new RuleViolationException("not-completed", "Only trainees who completed the class can be awarded: " + notCompleted);
        }
        List<TraineeResult> awarded = new ArrayList<>();
        int rank = 0;
        for (TraineeResult result : ranked) {
            if (traineeIds.contains(result.traineeId())) {
                TraineeResult merited = result.withMeritRank(++rank);
                results.set(results.indexOf(result), merited);
                awarded.add(merited);
                registerEvent(new MeritAwarded(classId, agencyId, result.traineeId(), result.nominatingAgencyId(), rank,
                        result.finalScore()));
            }
        }
        meritConfirmed = true;
        return awarded;
    }

    private List<TraineeResult> ranking() {
        BigDecimal heaviest = scheme.components().stream().map(GradingScheme.Component::weight).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        String heaviestComponent = scheme.components().stream().filter(c -> c.weight().compareTo(heaviest) == 0)
                .findFirst().map(GradingScheme.Component::code).orElse("");
        Comparator<TraineeResult> ranking = Comparator.comparing(TraineeResult::finalScore).reversed()
                .thenComparing(Comparator.comparingDouble(TraineeResult::attendanceRate).reversed())
                .thenComparing(r -> r.scores().getOrDefault(heaviestComponent, BigDecimal.ZERO), Comparator.reverseOrder())
                .thenComparing(r -> r.fullName() == null ? "" : r.fullName(), VIETNAMESE)
                .thenComparing(TraineeResult::traineeId);
        return results.stream().filter(TraineeResult::completed).sorted(ranking).toList();
    }

    Optional<TraineeResult> byCertificate(String number) {
        return results.stream().filter(r -> r.certificate() != null && r.certificate().number().equals(number)).findFirst();
    }

    Optional<TraineeResult> byVerificationCode(String code) {
        return results.stream().filter(r -> r.certificate() != null && r.certificate().verificationCode().equals(code)).findFirst();
    }

    Statistics statistics() {
        return Statistics.of(results);
    }

    Map<String, Statistics> statisticsPerNominatingAgency() {
        return Statistics.perNominatingAgency(results);
    }

    boolean isOrganisedBy(String agencyId) {
        return organiserAgencyIds.contains(agencyId);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    String classId() {
        return classId;
    }

    String agencyId() {
        return agencyId;
    }

    /** The organisers' names as the class's certificates print them (their ids where a name was not known). */
    List<String> organiserNames() {
        return organiserNames == null ? organiserAgencyIds : organiserNames;
    }

    String classTitle() {
        return classTitle;
    }

    String programmeTitle() {
        return programmeTitle;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    Instant closedAt() {
        return closedAt;
    }

    List<TraineeResult> results() {
        return List.copyOf(results);
    }

    boolean meritConfirmed() {
        return meritConfirmed;
    }
}
