package org.trainingplatform.assessment.results;

import org.junit.jupiter.api.Test;
import org.trainingplatform.assessment.gradebook.Gradebook;
import org.trainingplatform.assessment.gradebook.GradebookTestAccess;
import org.trainingplatform.assessment.grading.Classification;
import org.trainingplatform.assessment.grading.GradingScheme;
import org.trainingplatform.assessment.roster.ClassRecord;
import org.trainingplatform.assessment.roster.Enrolee;
import org.trainingplatform.support.outbox.OutboxMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassResultsTest {

    static final GradingScheme SCHEME = new GradingScheme(List.of(
            new GradingScheme.Component("final-essay", "Bài thu hoạch", new BigDecimal("70")),
            new GradingScheme.Component("participation", "Chuyên cần", new BigDecimal("30"))),
            GradingScheme.defaults().bands(), GradingScheme.defaults().completion());

    @Test
    void theFinalScoreIsTheWeightedMeanAndClassifiesTheTrainee() {
        ClassResults results = close(Map.of("an", scores("9.5", "8.0")), Map.of("an", 5));

        TraineeResult an = results.results().get(0);
        assertThat(an.finalScore()).isEqualByComparingTo("9.05");
        assertThat(an.classification()).isEqualTo(Classification.EXCELLENT);
        assertThat(an.completed()).isTrue();
        assertThat(an.certificate().number()).isEqualTo("HHA-2022-000001");
    }

    @Test
    void aTraineeWhoDoesNotCompleteIsToldEveryReason() {
        ClassResults results = close(Map.of("binh", Map.of("participation", new BigDecimal("9")),
                "chi", scores("4.0", "5.0")), Map.of("binh", 3, "chi", 5));

        TraineeResult binh = results.results().stream().filter(r -> r.traineeId().equals("binh")).findFirst().orElseThrow();
        TraineeResult chi = results.results().stream().filter(r -> r.traineeId().equals("chi")).findFirst().orElseThrow();
        assertThat(binh.completed()).isFalse();
        assertThat(binh.reasons()).containsExactly("Tham dự 3/5 buổi (60%), thấp hơn mức tối thiểu 80%", "Chưa có điểm Bài thu hoạch");
        assertThat(binh.finalScore()).isNull();
        assertThat(binh.certificate()).isNull();
        assertThat(chi.reasons()).containsExactly("Điểm tổng kết 4,30 thấp hơn mức tối thiểu 5,00");
        assertThat(results.pendingEvents()).extracting(OutboxMessage::type).containsOnly(
                "org.trainingplatform.assessment.course-not-completed.v1", "org.trainingplatform.assessment.class-results-published.v1");
    }

    @Test
    void meritRankingBreaksTiesByAttendanceThenTheHeaviestComponentThenName() {
        ClassResults results = close(Map.of(
                "a", scores("9.0", "9.0"), "b", scores("9.0", "9.0"), "c", scores("9.6", "7.6"), "d", scores("8.0", "8.0")),
                Map.of("a", 5, "b", 4, "c", 5, "d", 5));

        assertThat(results.propose(new MeritRule(3, null))).extracting(TraineeResult::traineeId).containsExactly("c", "a", "b");
        assertThat(results.propose(new MeritRule(null, new BigDecimal("9")))).hasSize(3);
        List<TraineeResult> awarded = results.confirmMerit(List.of("a", "c"));
        assertThat(awarded).extracting(TraineeResult::meritRank).containsExactly(1, 2);
        assertThatThrownBy(() -> results.confirmMerit(List.of("b"))).hasMessageContaining("already confirmed");
    }

    @Test
    void aRevokedCertificateSaysSoAndCannotBeRevokedTwice() {
        ClassResults results = close(Map.of("an", scores("8", "8")), Map.of("an", 5));
        String number = results.results().get(0).certificate().number();

        results.revoke(number, "Cấp nhầm", Instant.parse("2022-12-01T00:00:00Z"));

        assertThat(results.byCertificate(number).orElseThrow().certificate().isRevoked()).isTrue();
        assertThatThrownBy(() -> results.revoke(number, "again", Instant.now())).hasMessageContaining("was revoked");
    }

    static ClassResults close(Map<String, Map<String, BigDecimal>> grades, Map<String, Integer> attended) {
        Set<String> sessions = Set.of("s1", "s2", "s3", "s4", "s5");
        Map<String, Map<String, String>> attendance = new HashMap<>();
        attended.forEach((trainee, count) -> {
            Map<String, String> marks = new HashMap<>();
            sessions.stream().sorted().limit(count).forEach(s -> marks.put(s, "PRESENT"));
            attendance.put(trainee, marks);
        });
        ClassRecord klass = new ClassRecord("c1", "hanoi-home-affairs", List.of("academy-construction"), Set.of(),
                "p1", "Chương trình 2", "Lớp 2", LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12),
                grades.keySet().stream().sorted().map(t -> Enrolee.of("c1", t, "hanoi-home-affairs", 0)).toList(),
                sessions, attendance);
        Gradebook gradebook = Gradebook.of("c1", "hanoi-home-affairs");
        grades.forEach((trainee, scores) -> scores.forEach((component, score) ->
                GradebookTestAccess.record(gradebook, trainee, component, score)));
        AtomicInteger next = new AtomicInteger();
        return ClassResults.close(klass, SCHEME, gradebook, Map.of(), Map.of(), () -> new Certificate(
                        "HHA-2022-" + String.format("%06d", next.incrementAndGet()), "CODE" + next.get(), Instant.now(), null, null),
                c -> "https://verify/" + c.verificationCode(), "hanoi-home-affairs", Instant.now());
    }

    static Map<String, BigDecimal> scores(String essay, String participation) {
        return Map.of("final-essay", new BigDecimal(essay), "participation", new BigDecimal(participation));
    }
}
