package org.trainingplatform.benchmarks;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes the run's figures: {@code docs/benchmarks.json} with everything measured, and the tables of
 * {@code docs/benchmarks.md}. The part of the Markdown file after the findings marker is written by
 * people (what was found and changed) and kept as it is.
 */
final class Report {

    static final String FINDINGS_MARKER = "<!-- findings: written by people, kept when the benchmark runs again -->";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Report() {
    }

    static void write(Path docs, Map<String, Object> figures, List<Goal> goals) throws IOException {
        Files.writeString(docs.resolve("benchmarks.json"), JSON.writeValueAsString(figures) + "\n", UTF_8);
        Path markdown = docs.resolve("benchmarks.md");
        String findings = Files.exists(markdown) && Files.readString(markdown).contains(FINDINGS_MARKER)
                ? Files.readString(markdown).substring(Files.readString(markdown).indexOf(FINDINGS_MARKER))
                : FINDINGS_MARKER + "\n";
        Files.writeString(markdown, tables(figures, goals) + "\n" + findings, UTF_8);
    }

    /** A goal of the benchmark issue, its measured value and whether it is met. */
    record Goal(String goal, String measured, boolean met) {
    }

    @SuppressWarnings("unchecked")
    private static String tables(Map<String, Object> f, List<Goal> goals) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) f.get("machine");
        md.append("# Benchmarks\n\n");
        md.append("Measured by `./run-benchmarks.sh` (the `benchmarks` module) on the local platform as `./run-local.sh` starts it, ")
                .append("everything on one machine. Raw figures: [benchmarks.json](benchmarks.json).\n\n");
        md.append("Run of ").append(f.get("date")).append(" on ").append(machine.get("cores")).append(" cores, ")
                .append(machine.get("memory_gb")).append(" GB, ").append(machine.get("jdk")).append(", ")
                .append(machine.get("os")).append(".\n\n");
        md.append(MachineSpeed.note((Map<String, Double>) f.get("machine_speed_mb_per_s"))).append("\n\n");
        md.append("## Goals\n\n| goal | measured | met |\n|---|---|---|\n");
        goals.forEach(g -> md.append("| ").append(g.goal()).append(" | ").append(g.measured()).append(" | ")
                .append(g.met() ? "yes" : "**no**").append(" |\n"));
        md.append("\n## Raw limits of the same broker and store\n\n| what | figure |\n|---|---|\n");
        flatten("", (Map<String, Object>) f.get("raw"), md);
        md.append("\n## The platform\n\n| what | figure |\n|---|---|\n");
        flatten("", (Map<String, Object>) f.get("platform"), md);
        md.append("\n## Ratios to the raw limits\n\n| ratio | value |\n|---|---|\n");
        flatten("", (Map<String, Object>) f.get("ratios_to_raw"), md);
        md.append("\n### Ramp to the maximum sustainable nomination rate\n\n")
                .append("| rate /s | s | nominations | p50 ms | p99 ms | errors | events on the topic within 2 s | consumer lag cleared within 2 s | every mail and SMS accepted within 2 s | caught up after s | sustained | records a fetch, by service / topic consumed |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> step : (List<Map<String, Object>>) f.get("ramp")) {
            md.append("| ").append(step.get("rate_per_s")).append(" | ").append(step.get("seconds"))
                    .append(" | ").append(step.get("nominations")).append(" | ")
                    .append(step.get("p50_ms")).append(" | ").append(step.get("p99_ms")).append(" | ").append(step.get("errors"))
                    .append(" | ").append(step.get("events_on_topic_in_time")).append(" | ").append(step.get("consumer_lag_cleared_in_time"))
                    .append(" | ").append(step.get("messages_sent_in_time"))
                    .append(" | ").append(step.get("catch_up_s"))
                    .append(" | ").append(step.get("sustained"))
                    .append(" | ").append(step.get("records_per_fetch")).append(" |\n");
        }
        md.append("\n").append(f.get("writes_per_nomination_note")).append("\n");
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, StringBuilder md) {
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten(prefix + key + " / ", (Map<String, Object>) nested, md);
            } else if (!(value instanceof List<?>)) {
                md.append("| ").append(prefix).append(key.replace('_', ' ')).append(" | ").append(value).append(" |\n");
            }
        });
    }
}
