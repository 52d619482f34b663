package org.trainingplatform.assessment.grading;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.trainingplatform.support.web.RuleViolationException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a class is graded: weighted components on a 10-point scale, classification bands, and the
 * completion rule. The defaults are those of the domain: one final essay (bài thu hoạch); excellent ≥ 9,
 * very good ≥ 8, good ≥ 7, average ≥ 5, fail below; attendance ≥ 80 %, every component graded,
 * final score ≥ 5.
 */
public record GradingScheme(@NotEmpty @Size(max = 10) List<@Valid @NotNull Component> components,
                            @Valid @NotNull Bands bands,
                            @Valid @NotNull CompletionRule completion) {

    public record Component(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be lower-case letters, digits and dashes") String code,
                            @NotBlank @Size(max = 200) String name,
                            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight) {
    }

    public record Bands(@NotNull BigDecimal excellent, @NotNull BigDecimal veryGood, @NotNull BigDecimal good,
                        @NotNull BigDecimal average) {
    }

    /** @param requiredComponents the components every trainee must be graded on; empty means all of them */
    public record CompletionRule(@NotNull @DecimalMin("0") @DecimalMax("1") Double attendanceThreshold,
                                 @Size(max = 10) List<String> requiredComponents,
                                 @NotNull @DecimalMin("0") @DecimalMax("10") BigDecimal minimumFinalScore) {
    }

    public static GradingScheme defaults() {
        return new GradingScheme(List.of(new Component("final-essay", "Bài thu hoạch", new BigDecimal("100"))),
                new Bands(new BigDecimal("9.0"), new BigDecimal("8.0"), new BigDecimal("7.0"), new BigDecimal("5.0")),
                new CompletionRule(0.8, List.of(), new BigDecimal("5.0")));
    }

    /** Refuses a scheme whose weights do not sum to 100 %, whose codes repeat, or whose bands are out of order. */
    public GradingScheme validated() {
        BigDecimal total = components.stream().map(Component::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(new BigDecimal("100")) != 0) {
            throw new RuleViolationException("weights-not-100", "The components' weights add up to " + total.stripTrailingZeros().toPlainString()
                    + " %, not 100 %");
        }
        Set<String> codes = new HashSet<>();
        components.forEach(c -> {
            if (!codes.add(c.code())) {
                throw new RuleViolationException("duplicate-component", "The component " + c.code() + " is listed twice");
            }
        });
        List<String> unknown = required().stream().filter(r -> !codes.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("unknown-component", "Required components " + unknown + " are not in the scheme");
        }
        List<BigDecimal> order = List.of(bands.excellent(), bands.veryGood(), bands.good(), bands.average());
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).compareTo(order.get(i - 1)) > 0 || order.get(i - 1).compareTo(BigDecimal.TEN) > 0) {
                throw new RuleViolationException("bands-out-of-order", "Classification bands must fall from excellent to average, within 10");
            }
        }
        return this;
    }

    public Classification classify(BigDecimal score) {
        if (score == null || score.compareTo(bands.average()) < 0) {
            return Classification.FAIL;
        }
        if (score.compareTo(bands.excellent()) >= 0) {
            return Classification.EXCELLENT;
        }
        if (score.compareTo(bands.veryGood()) >= 0) {
            return Classification.VERY_GOOD;
        }
        return score.compareTo(bands.good()) >= 0 ? Classification.GOOD : Classification.AVERAGE;
    }

    public List<String> required() {
        List<String> required = completion.requiredComponents();
        return required == null || required.isEmpty() ? components.stream().map(Component::code).toList() : required;
    }

    public Optional<Component> component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Map<String, BigDecimal> weights() {
        return components.stream().collect(Collectors.toMap(Component::code, Component::weight));
    }
}
