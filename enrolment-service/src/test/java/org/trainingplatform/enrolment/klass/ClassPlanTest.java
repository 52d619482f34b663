package org.trainingplatform.enrolment.klass;

import org.junit.jupiter.api.Test;
import org.trainingplatform.support.web.RuleViolationException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingplatform.enrolment.klass.TrainingClassTest.*;

class ClassPlanTest {

    @Test
    void aPlanIsKeptWithEachAgencyOnceTheOrganiserNotAmongTheInvitedAndTextsInCanonicalForm() {
        String decomposed = Normalizer.normalize("Phó  Giám đốc Sở ", Normalizer.Form.NFD);
        ClassPlan plan = plan(List.of(ACADEMY, HOME_AFFAIRS, ACADEMY), List.of(BA_DINH, DONG_DA, BA_DINH, HOME_AFFAIRS),
                List.of(decomposed, DEPUTY_DIRECTOR), Map.of(BA_DINH, 10), null).canonicalFor(HOME_AFFAIRS);

        assertThat(plan.coOrganiserAgencyIds()).containsExactly(ACADEMY);
        assertThat(plan.nominatingAgencyIds()).containsExactly(BA_DINH, DONG_DA);
        assertThat(plan.targetPositions()).containsExactly(DEPUTY_DIRECTOR);
        assertThat(plan.agenciesWith(HOME_AFFAIRS)).containsExactly(HOME_AFFAIRS, ACADEMY, BA_DINH, DONG_DA);
        assertThat(plan.timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(plan.autoApprove()).isFalse();
    }

    @Test
    void aQuotaForAnAgencyNotInvitedOrAnUnknownTimeZoneIsRefusedWithItsCode() {
        assertThatThrownBy(() -> plan(List.of(), List.of(BA_DINH), List.of(), Map.of(DONG_DA, 5), null)
                .canonicalFor(HOME_AFFAIRS))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(DONG_DA + ", which is not invited");
        assertThatThrownBy(() -> plan(List.of(), List.of(BA_DINH), List.of(), Map.of(), "Hanoi").canonicalFor(HOME_AFFAIRS))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("'Hanoi' is not a time zone");
    }

    private static ClassPlan plan(List<String> coOrganisers, List<String> nominating, List<String> positions,
                                  Map<String, Integer> quotas, String timeZone) {
        return new ClassPlan("Bồi dưỡng lãnh đạo cấp sở", coOrganisers, nominating, positions, 35, quotas,
                LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), "Hà Nội", timeZone, null);
    }
}
