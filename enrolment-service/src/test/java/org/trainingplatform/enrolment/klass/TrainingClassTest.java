package org.trainingplatform.enrolment.klass;

import org.junit.jupiter.api.Test;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.NominationRejected;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeNominated;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeWaitlisted;
import org.trainingplatform.support.outbox.OutboxMessage;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingplatform.enrolment.klass.NominationStatus.*;

class TrainingClassTest {

    static final String HOME_AFFAIRS = "hanoi-home-affairs";
    static final String ACADEMY = "academy-construction";
    static final String BA_DINH = "ba-dinh-district";
    static final String DONG_DA = "dong-da-district";
    static final String DEPUTY_DIRECTOR = "Phó Giám đốc Sở";

    @Test
    void aClassGoesThroughItsLifecycleAndPublishesEachStep() {
        TrainingClass klass = s1Class(35, true, Map.of());
        klass.open();
        klass.closeEnrolment();
        klass.start();
        klass.close();

        assertThat(types(klass)).containsExactly(type(ClassOpened.class), type(ClassStatusChanged.class),
                type(ClassStatusChanged.class), type(ClassStatusChanged.class));
        assertThat(klass.status()).isEqualTo(ClassStatus.CLOSED);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheStatusNamed() {
        TrainingClass klass = s1Class(35, true, Map.of());

        assertThatThrownBy(klass::start).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Cannot start a class that is DRAFT").hasMessageContaining("ENROLMENT_CLOSED");
        klass.open();
        assertThatThrownBy(klass::close).hasMessageContaining("Cannot close a class that is OPEN");
        klass.cancel("Hoãn do thiên tai");
        assertThatThrownBy(klass::open).hasMessageContaining("CANCELLED");
        assertThatThrownBy(() -> klass.cancel("again")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void cancellingADraftTellsNobodySinceNobodyKnewOfIt() {
        TrainingClass klass = s1Class(35, true, Map.of());
        klass.cancel("Không đủ học viên");
        assertThat(klass.pendingEvents()).isEmpty();
    }

    @Test
    void anOfficialOutsideTheTargetAudienceIsRefusedWithTheReason() {
        TrainingClass klass = openClass(35, true, Map.of());

        assertThatThrownBy(() -> klass.nominate(nominee("t1", HOME_AFFAIRS, "Chủ tịch UBND quận", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Chủ tịch UBND quận").hasMessageContaining("not in the class's target audience");
    }

    @Test
    void eligibilityIgnoresDiacriticsAndCaseAndCountsThePipelinePosition() {
        TrainingClass klass = openClass(35, true, Map.of());

        assertThat(klass.nominate(nominee("t1", HOME_AFFAIRS, "PHO GIAM DOC SO", null)).status()).isEqualTo(ENROLLED);
        assertThat(klass.nominate(nominee("t2", HOME_AFFAIRS, "Trưởng phòng", DEPUTY_DIRECTOR)).status()).isEqualTo(ENROLLED);
    }

    @Test
    void theSameTraineeCannotBeNominatedTwice() {
        TrainingClass klass = openClass(35, true, Map.of());
        klass.nominate(eligible("t1", HOME_AFFAIRS));

        assertThatThrownBy(() -> klass.nominate(eligible("t1", HOME_AFFAIRS)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already on the roster");
    }

    @Test
    void whenTheClassIsFullNomineesWaitInOrder() {
        TrainingClass klass = openClass(2, true, Map.of());
        var outcomes = klass.nominateAll(List.of(eligible("t1", HOME_AFFAIRS), eligible("t2", HOME_AFFAIRS),
                eligible("t3", HOME_AFFAIRS), eligible("t4", HOME_AFFAIRS)));

        assertThat(outcomes).extracting(NominationOutcome::status).containsExactly(ENROLLED, ENROLLED, WAITLISTED, WAITLISTED);
        assertThat(outcomes).extracting(NominationOutcome::waitlistPosition).containsExactly(null, null, 1, 2);
        assertThat(types(klass)).containsSubsequence(type(TraineeNominated.class), type(TraineeEnrolled.class),
                type(TraineeNominated.class), type(TraineeWaitlisted.class));
    }

    @Test
    void anAgencysQuotaSendsItsNomineesToTheWaitlistWhileOthersStillGetSeats() {
        TrainingClass klass = openClass(3, true, Map.of(BA_DINH, 1));
        klass.nominate(eligible("b1", BA_DINH));

        assertThat(klass.nominate(eligible("b2", BA_DINH)).status()).isEqualTo(WAITLISTED);
        assertThat(klass.nominate(eligible("d1", DONG_DA)).status()).isEqualTo(ENROLLED);
    }

    @Test
    void aWithdrawalPromotesTheFirstWaitlistedNomineeWhoseQuotaAllowsIt() {
        TrainingClass klass = openClass(2, true, Map.of(BA_DINH, 1));
        klass.nominate(eligible("b1", BA_DINH));
        klass.nominate(eligible("d1", DONG_DA));
        klass.nominate(eligible("b2", BA_DINH));
        klass.nominate(eligible("d2", DONG_DA));

        klass.withdraw("d1", "Công tác đột xuất", DONG_DA);

        assertThat(klass.nominationFor("b2").orElseThrow().status()).isEqualTo(WAITLISTED);
        assertThat(klass.nominationFor("d2").orElseThrow().status()).isEqualTo(ENROLLED);
        assertThat(types(klass)).endsWith(type(EnrolmentWithdrawn.class), type(TraineePromotedFromWaitlist.class));
    }

    @Test
    void withoutAutoApprovalNominationsWaitForTheOrganisers() {
        TrainingClass klass = openClass(1, false, Map.of());

        assertThat(klass.nominate(eligible("t1", HOME_AFFAIRS)).status()).isEqualTo(PENDING_APPROVAL);
        assertThat(klass.nominate(eligible("t2", HOME_AFFAIRS)).status()).isEqualTo(PENDING_APPROVAL);
        assertThat(klass.approve("t1").status()).isEqualTo(ENROLLED);
        assertThat(klass.reject("t2", "Đã học khóa tương tự").status()).isEqualTo(REJECTED);
        assertThat(types(klass)).endsWith(type(TraineeEnrolled.class), type(NominationRejected.class));
        assertThatThrownBy(() -> klass.approve("t1")).hasMessageContaining("not waiting for approval");
    }

    @Test
    void aNomineeMayBeNominatedAgainAfterWithdrawingAndJoinsTheEndOfTheLine() {
        TrainingClass klass = openClass(1, true, Map.of());
        klass.nominate(eligible("t1", HOME_AFFAIRS));
        klass.nominate(eligible("t2", HOME_AFFAIRS));
        klass.withdraw("t1", "Ốm", HOME_AFFAIRS);

        assertThat(klass.nominate(eligible("t1", HOME_AFFAIRS)).status()).isEqualTo(WAITLISTED);
        assertThat(klass.count(ENROLLED, null)).isEqualTo(1);
    }

    @Test
    void anotherNominatingAgencyCannotWithdrawSomeoneElsesNominee() {
        TrainingClass klass = openClass(5, true, Map.of());
        klass.nominate(eligible("b1", BA_DINH));

        assertThatThrownBy(() -> klass.withdraw("b1", "?", DONG_DA)).hasMessageContaining("not found");
    }

    @Test
    void moreCapacityPromotesWaitlistedNominees() {
        TrainingClass klass = openClass(1, true, Map.of());
        klass.nominate(eligible("t1", HOME_AFFAIRS));
        klass.nominate(eligible("t2", HOME_AFFAIRS));

        klass.changeCapacity(2);

        assertThat(klass.nominationFor("t2").orElseThrow().status()).isEqualTo(ENROLLED);
        assertThatThrownBy(() -> klass.changeCapacity(1)).hasMessageContaining("already has 2 enrolled");
    }

    @Test
    void nominatingToAClassThatIsNotOpenIsRefused() {
        TrainingClass klass = s1Class(35, true, Map.of());
        assertThatThrownBy(() -> klass.nominate(eligible("t1", HOME_AFFAIRS)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("DRAFT");
    }

    @Test
    void quotasMustBeForInvitedAgenciesAndWithinCapacity() {
        assertThatThrownBy(() -> s1Class(10, true, Map.of("tien-giang-construction", 2)))
                .hasMessageContaining("not invited");
        assertThatThrownBy(() -> s1Class(10, true, Map.of(BA_DINH, 11))).hasMessageContaining("larger than the capacity");
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        ClassPlan plan = new ClassPlan("Lớp 2", List.of(), List.of(), List.of(), 10, Map.of(),
                LocalDate.of(2022, 8, 12), LocalDate.of(2022, 8, 8), null, null, true);
        assertThatThrownBy(() -> TrainingClass.draft(HOME_AFFAIRS, "p", "P", plan)).hasMessageContaining("before it starts");
    }

    @Test
    void rosterShowsOrganisersEveryoneAndANominatingAgencyOnlyItsOwn() {
        TrainingClass klass = openClass(10, true, Map.of());
        klass.nominate(eligible("b1", BA_DINH));
        klass.nominate(eligible("d1", DONG_DA));

        assertThat(klass.rosterFor(ACADEMY).entries()).hasSize(2);
        Roster forBaDinh = klass.rosterFor(BA_DINH);
        assertThat(forBaDinh.entries()).extracting(Roster.Entry::traineeId).containsExactly("b1");
        assertThat(forBaDinh.total().enrolled()).isEqualTo(2);
        assertThat(forBaDinh.perNominatingAgency()).containsOnlyKeys(BA_DINH, DONG_DA);
    }

    static TrainingClass openClass(int capacity, boolean autoApprove, Map<String, Integer> quotas) {
        TrainingClass klass = s1Class(capacity, autoApprove, quotas);
        klass.open();
        return klass;
    }

    static TrainingClass s1Class(int capacity, boolean autoApprove, Map<String, Integer> quotas) {
        return TrainingClass.draft(HOME_AFFAIRS, "programme-2", "Nâng cao năng lực chỉ đạo, điều hành", new ClassPlan(
                "Lớp 2", List.of(ACADEMY), List.of(BA_DINH, DONG_DA), List.of(DEPUTY_DIRECTOR, "Trưởng ban quản lý dự án"),
                capacity, quotas, LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), "Hà Nội", null, autoApprove));
    }

    static Nominee eligible(String traineeId, String agency) {
        return nominee(traineeId, agency, DEPUTY_DIRECTOR, null);
    }

    static Nominee nominee(String traineeId, String agency, String position, String pipeline) {
        return new Nominee(traineeId, agency, "Học viên " + traineeId, position, "Sở Xây dựng", pipeline);
    }

    static List<String> types(TrainingClass klass) {
        return klass.pendingEvents().stream().map(OutboxMessage::type).toList();
    }

    static String type(Class<? extends Record> event) {
        return org.trainingplatform.events.EventCatalogue.of(event).type();
    }
}
