package org.trainingplatform.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The goals of the benchmark issue, judged on a run's figures. */
final class Goals {

    private Goals() {
    }

    @SuppressWarnings("unchecked")
    static List<Report.Goal> evaluate(Map<String, Object> f) {
        double writesPerNomination = writesPerNomination(f);
        Map<String, Object> platform = (Map<String, Object>) f.get("platform");
        Map<String, Object> cohort = (Map<String, Object>) platform.get("s4_cohort");
        Map<String, Object> steady = (Map<String, Object>) platform.get("steady_at_half_max");
        double guarded = rawGuardedPerSecond(f);
        int max = (int) platform.get("max_sustainable_nominations_per_s");
        double target = sustainedGoal(f);
        List<Report.Goal> goals = new ArrayList<>();
        double wall = (double) cohort.get("wall_time_s");
        Object first = ((Map<String, Object>) platform.get("s4_cohort_first_after_start")).get("wall_time_s");
        goals.add(new Report.Goal("S4 cohort (445 nominations, every mail and SMS accepted) under 10 s, on the running platform",
                wall + " s (the first cohort after the start: " + first + " s)", wall < 10));
        goals.add(new Report.Goal("sustained nominations ≥ 50 % × raw guarded findAndModify / " + writesPerNomination
                + " writes = " + Math.round(target) + "/s", max + "/s (" + Math.round(100.0 * max * writesPerNomination / guarded)
                + " % of the raw guarded rate per write)", max >= target));
        double relay = p99(steady, "relay_write_to_topic");
        goals.add(new Report.Goal("outbox relay p99 ≤ 25 ms, from the write that stored the event to a reader of the topic",
                relay + " ms (from the state change, before its write: " + p99(steady, "event_recorded_to_topic") + " ms)",
                relay <= 25));
        double mail = p99(steady, "enrolled_to_email_accepted");
        goals.add(new Report.Goal("TraineeEnrolled → email accepted p99 ≤ 250 ms at half the maximum rate", mail + " ms", mail <= 250));
        Map<String, Object> rss = (Map<String, Object>) steady.get("max_rss_mb_by_service");
        long maxRss = rss.values().stream().mapToLong(v -> ((Number) v).longValue()).max().orElse(0);
        goals.add(new Report.Goal("each service ≤ 300 MB RSS under load", "largest " + maxRss + " MB " + rss, maxRss <= 300));
        double ready = (double) platform.get("time_to_platform_ready_s");
        goals.add(new Report.Goal("platform ready ≤ 45 s", ready + " s", ready <= 45));
        return goals;
    }

    /** Each platform figure against the raw limit it builds on. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> ratios(Map<String, Object> f) {
        double writesPerNomination = writesPerNomination(f);
        Map<String, Object> platform = (Map<String, Object>) f.get("platform");
        Map<String, Object> raw = (Map<String, Object>) f.get("raw");
        Map<String, Object> kafka = (Map<String, Object>) raw.get("kafka");
        Map<String, Object> mongo = (Map<String, Object>) raw.get("mongodb");
        Map<String, Object> steady = (Map<String, Object>) platform.get("steady_at_half_max");
        double rawEndToEndP99 = ((Number) ((Map<String, Object>) kafka.get("end_to_end_at_1000_per_s")).get("p99_ms")).doubleValue();
        double guarded = rawGuardedPerSecond(f);
        int max = (int) platform.get("max_sustainable_nominations_per_s");
        Map<String, Object> ratios = new java.util.LinkedHashMap<>();
        ratios.put("sustained_nominations_to_guarded_writes_per_nomination", round(max / (guarded / writesPerNomination)));
        ratios.put("store_writes_per_s_at_max_to_raw_guarded", round(max * writesPerNomination / guarded));
        // the class document's part of a nomination, alone on the store: how much of the rate its size leaves
        ratios.put("sustained_nominations_to_raw_class_document_cycles",
                round(max / ((Number) mongo.get("class_document_read_saved_and_settled_per_s")).doubleValue()));
        // the goal restated as CPU: what the platform's processes take per nomination, against what the goal's rate leaves on these cores
        int cores = ((Number) ((Map<String, Object>) f.get("machine")).get("cores")).intValue();
        double leftPerNomination = cores * 1000.0 / sustainedGoal(f);
        ratios.put("platform_cpu_per_nomination_to_what_the_sustained_goal_leaves", round(platformCpuMillis(steady) / leftPerNomination));
        // how much of the cores the raw guarded writes kept busy: near 1, the goal's half of the raw rate is half the machine
        double writeCpu = ((Number) mongo.get("guarded_find_and_modify_cpu_ms_each")).doubleValue();
        ratios.put("raw_guarded_writes_share_of_the_cores", round(guarded * writeCpu / (cores * 1000.0)));
        // a nomination's writes and queries alone, as plain driver calls on small documents one a command, at the raw CPU
        // cost of each, against what the goal's rate leaves for everything: the least the store's part costs a design that
        // writes and reads as many documents one at a time (in batches a document costs less: the raw figures say how much)
        double queries = ((Number) steady.get("store_queries_per_nomination")).doubleValue();
        double storeFloor = writesPerNomination * writeCpu + queries * ((Number) mongo.get("find_by_id_cpu_ms_each")).doubleValue();
        ratios.put("raw_store_cpu_per_nomination_one_at_a_time_to_what_the_sustained_goal_leaves", round(storeFloor / leftPerNomination));
        if (platform.get("idle_after_load") instanceof Map<?, ?> idle) {
            // the same without what the platform takes idle, which every rate pays: how far each nomination's own work is from the goal
            double idleMillisPerSecond = ((Number) idle.get("cpu_ms_per_s_total")).doubleValue();
            double idleMillisPerNomination = idleMillisPerSecond * ((Number) steady.get("cpu_measured_over_s")).doubleValue()
                    / ((Number) steady.get("nominations")).doubleValue();
            ratios.put("platform_cpu_per_nomination_above_idle_to_what_the_sustained_goal_leaves_above_idle",
                    round((platformCpuMillis(steady) - idleMillisPerNomination) / ((cores * 1000.0 - idleMillisPerSecond) / sustainedGoal(f))));
        }
        ratios.put("relay_p99_to_raw_kafka_end_to_end_p99", round(p99(steady, "relay_write_to_topic") / rawEndToEndP99));
        ratios.put("enrolled_to_email_p99_to_raw_kafka_end_to_end_p99", round(p99(steady, "enrolled_to_email_accepted") / rawEndToEndP99));
        ratios.put("enrolled_to_sms_p99_to_raw_kafka_end_to_end_p99", round(p99(steady, "enrolled_to_sms_accepted") / rawEndToEndP99));
        return ratios;
    }

    /** The sustained rate the issue asks for: half the raw guarded findAndModify rate over the writes a nomination needs. */
    private static double sustainedGoal(Map<String, Object> f) {
        return 0.5 * rawGuardedPerSecond(f) / writesPerNomination(f);
    }

    @SuppressWarnings("unchecked")
    private static double rawGuardedPerSecond(Map<String, Object> f) {
        Map<String, Object> mongo = (Map<String, Object>) ((Map<String, Object>) f.get("raw")).get("mongodb");
        return ((Number) mongo.get("guarded_find_and_modify_per_s")).doubleValue();
    }

    /** CPU milliseconds per nomination in the steady minute, over the services and the launcher (broker, store, mail, SMS). */
    @SuppressWarnings("unchecked")
    private static double platformCpuMillis(Map<String, Object> steady) {
        Map<String, Object> byProcess = (Map<String, Object>) steady.get("cpu_s_per_1000_nominations_by_process");
        return ((Number) steady.get("cpu_s_per_1000_nominations_services_total")).doubleValue()
                + ((Number) byProcess.get("launcher")).doubleValue();
    }

    /** The documents the store wrote in the steady minute, per nomination, over every service. */
    @SuppressWarnings("unchecked")
    static double writesPerNomination(Map<String, Object> f) {
        Map<String, Object> steady = (Map<String, Object>) ((Map<String, Object>) f.get("platform")).get("steady_at_half_max");
        return ((Number) steady.get("store_writes_per_nomination")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static String writesNote(Map<String, Object> f) {
        Map<String, Object> steady = (Map<String, Object>) ((Map<String, Object>) f.get("platform")).get("steady_at_half_max");
        return "A nomination needs " + writesPerNomination(f) + " store writes: the documents the store wrote during the steady "
                + "minute (its `top` counts), divided by the nominations, by service " + steady.get("store_writes_per_nomination_by_database")
                + ". All of them count, because the four services share the one store the raw limit was measured on, and a "
                + "rate is only sustained when every consumer keeps up and every message is sent: enrolment-service writes the class document with the "
                + "nomination and its events (the next save leaves out the events already published, and a class not saved "
                + "again within a second has them removed); scheduling and assessment each write the "
                + "enrolee and remember the event they handled; notification-service keeps its copy of the roster and "
                + "writes each message (made, claimed for sending, sent) and removes its event once published.";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @SuppressWarnings("unchecked")
    private static double p99(Map<String, Object> steady, String measure) {
        return ((Number) ((Map<String, Object>) steady.get(measure)).get("p99_ms")).doubleValue();
    }
}
