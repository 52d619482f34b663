package org.trainingplatform.benchmarks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One benchmark run: starts the local platform, measures the raw limits of its broker and store, then
 * the platform (the S4 cohort first after the start; a ramp to the maximum sustainable nomination rate;
 * a steady minute at half of it; the S4 cohort again, on the running platform), checks its own counts,
 * and writes docs/benchmarks.md and docs/benchmarks.json.
 * Usage: {@code java -jar benchmarks/target/benchmarks-exec.jar [--ramp=25,50,100] [--step-seconds=30] [--steady-seconds=60]
 * [--nominees-per-class=400] [--service-jvm-options="-XX:..."] [--launcher-jvm-options="-XX:..."]} (added to the
 * services' default options; given to the launcher's JVM),
 * from the repository root.
 */
public final class BenchmarkRun {

    static {
        // before the first logger: the harness's own lines, and only warnings of the clients it uses
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.trainingplatform", "info");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    }

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRun.class);

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        // let idle connections go before the services' server closes them, rather than reuse a closed one
        System.setProperty("jdk.httpclient.keepalive.timeout", "5");
        Map<String, String> options = options(args);
        List<Integer> rates = Arrays.stream(options.getOrDefault("ramp", "10,20,30,35,40,45,50,55,60,70,80,100,150").split(","))
                .map(Integer::parseInt).toList();
        // long enough for a backlog that grows to show at the step's end: queues absorb a burst of 10 s (round 11)
        int stepSeconds = Integer.parseInt(options.getOrDefault("step-seconds", "30"));
        int steadySeconds = Integer.parseInt(options.getOrDefault("steady-seconds", "60"));
        // the ramp's and the steady minute's classes fill up to this many nominees each (S4's are 256 and 189)
        int nomineesPerClass = Integer.parseInt(options.getOrDefault("nominees-per-class", "400"));
        Path repository = Path.of("").toAbsolutePath();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        figures.put("machine", machine());
        Map<String, Double> speed = new LinkedHashMap<>();
        figures.put("machine_speed_mb_per_s", speed);
        List<String> failures = new ArrayList<>();
        try (LocalPlatform platform = new LocalPlatform(repository)) {
            Duration ready = platform.start(options.getOrDefault("launcher-jvm-options", ""),
                    options.getOrDefault("service-jvm-options", ""));
            speed.put("at_the_start", MachineSpeed.probe());
            Map<String, Object> raw = new LinkedHashMap<>();
            log.info("Raw limits of the broker…");
            raw.put("kafka", RawLimits.kafka(platform.kafka()));
            log.info("Raw limits of the store…");
            raw.put("mongodb", RawLimits.mongo(platform.mongo(), nomineesPerClass, platform.launcherPid()));
            figures.put("raw", raw);

            Api api = new Api(platform);
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("time_to_platform_ready_s", ready.toMillis() / 1000.0);
            try (EventWatch events = new EventWatch(platform.kafka()); Inboxes inboxes = new Inboxes(api);
                 StoreUsage store = new StoreUsage(platform.mongo()); ConsumerLag lag = new ConsumerLag(platform.kafka())) {
                ConsumerFetches fetches = new ConsumerFetches(LocalPlatform.SERVICES.stream().collect(Collectors.toMap(
                        service -> service, service -> platform.url(service + "-port") + "/actuator/prometheus")));
                PlatformBenchmark benchmark = new PlatformBenchmark(api, platform, events, inboxes, store, lag, fetches, nomineesPerClass);
                benchmark.setUp();
                // the first cohort after a start also pays for the launcher's JIT compiling the broker's and the store's
                // paths: it is reported, and the goal is judged on a cohort of the running platform, at the end
                log.info("S4 cohort, the first after the start…");
                results.put("s4_cohort_first_after_start", benchmark.s4Cohort());
                log.info("Ramp…");
                List<Map<String, Object>> ramp = benchmark.ramp(rates, stepSeconds);
                figures.put("ramp", ramp);
                speed.put("after_the_ramp", MachineSpeed.probe());
                int max = ramp.stream().filter(step -> (boolean) step.get("sustained"))
                        .mapToInt(step -> (int) step.get("rate_per_s")).max().orElse(0);
                results.put("max_sustainable_nominations_per_s", max);
                // with no rate sustained, the steady minute runs at half the lowest rate tried
                int steadyRate = Math.max(1, (max > 0 ? max : rates.get(0)) / 2);
                log.info("Steady at " + steadyRate + "/s for " + steadySeconds + " s…");
                results.put("steady_at_half_max", benchmark.steady(steadyRate, steadySeconds));
                speed.put("after_the_steady_minute", MachineSpeed.probe());
                results.put("memory_after_load", benchmark.memory());
                log.info("S4 cohort on the running platform…");
                results.put("s4_cohort", benchmark.s4Cohort());
                log.info("The platform idle…");
                results.put("idle_after_load", benchmark.idle(20));
                speed.put("at_the_end", MachineSpeed.probe());
                failures.addAll(benchmark.failures());
            }
            results.put("self_check_failures", failures.size());
            figures.put("platform", results);
        }
        figures.put("self_check_failures_first", failures.stream().limit(20).toList());
        figures.put("writes_per_nomination_note", Goals.writesNote(figures));
        figures.put("ratios_to_raw", Goals.ratios(figures));
        List<Report.Goal> goals = Goals.evaluate(figures);
        Report.write(repository.resolve("docs"), figures, goals);
        goals.forEach(goal -> log.info((goal.met() ? "  met     " : "  MISSED  ") + goal.goal() + ": " + goal.measured()));
        log.info(MachineSpeed.note(speed));
        log.info("Wrote docs/benchmarks.md and docs/benchmarks.json");
        if (!failures.isEmpty()) {
            log.info("Self-check failed: " + failures.size() + " nominations without exactly one event, mail and SMS");
            failures.stream().limit(10).forEach(failure -> log.info("  " + failure));
            System.exit(1);
        }
    }

    private static Map<String, Object> machine() throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        long kilobytes = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        machine.put("memory_gb", Math.round(kilobytes / 1024.0 / 1024.0));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
