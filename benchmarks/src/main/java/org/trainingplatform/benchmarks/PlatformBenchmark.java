package org.trainingplatform.benchmarks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The platform driven as agencies drive it: officials imported from spreadsheets, classes opened,
 * nominations over HTTP with real tokens at a fixed arrival rate; and what follows, measured as an
 * outsider sees it: the events on the topic, the mail accepted by the SMTP server, the SMS accepted by
 * the gateway.
 */
final class PlatformBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlatformBenchmark.class);

    static final String ORGANISER = "hanoi-organisation-board";
    static final List<String> NOMINATORS = List.of("ba-dinh-district", "dong-da-district", "hanoi-home-affairs");
    static final String POSITION = "Bí thư quận ủy";
    private static final int KEPT_UP_SECONDS = 2;

    record Official(String agency, String traineeId, String email, String phone) {
    }

    record Nomination(String classId, Official official) {
    }

    private final Api api;
    private final LocalPlatform platform;
    private final EventWatch events;
    private final Inboxes inboxes;
    private final StoreUsage store;
    private final ConsumerLag lag;
    private final ConsumerFetches fetches;
    private final int nomineesPerClass;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private String programme;
    private int serial;
    private final List<String> failures = new ArrayList<>();

    PlatformBenchmark(Api api, LocalPlatform platform, EventWatch events, Inboxes inboxes, StoreUsage store,
                      ConsumerLag lag, ConsumerFetches fetches, int nomineesPerClass) {
        this.api = api;
        this.platform = platform;
        this.events = events;
        this.inboxes = inboxes;
        this.store = store;
        this.lag = lag;
        this.fetches = fetches;
        this.nomineesPerClass = nomineesPerClass;
    }

    void setUp() {
        api.json(ORGANISER, "PUT", "enrolment", "/api/agencies/me", Map.of("name", "Ban Tổ chức Thành ủy Hà Nội", "kind", "PARTY_COMMITTEE"), 200);
        for (String agency : NOMINATORS) {
            api.json(agency, "PUT", "enrolment", "/api/agencies/me", Map.of("name", agency, "kind", "PARTY_COMMITTEE"), 200);
        }
        programme = api.json(ORGANISER, "POST", "enrolment", "/api/programmes",
                Map.of("title", "Bồi dưỡng cán bộ quy hoạch Ban Thường vụ quận ủy, nhiệm kỳ 2025-2030"), 201).get("id").asString();
    }

    /** S4: 445 officials of three agencies nominated into two classes; the time until every confirmation is accepted. */
    Map<String, Object> s4Cohort() {
        List<String> classes = List.of(openClass(256), openClass(189));
        List<Nomination> nominations = new ArrayList<>();
        for (int i = 0; i < 445; i++) {
            nominations.add(new Nomination(classes.get(i < 256 ? 0 : 1), null));
        }
        List<Official> officials = officials(445);
        for (int i = 0; i < 445; i++) {
            nominations.set(i, new Nomination(nominations.get(i).classId(), officials.get(i)));
        }
        // the officials were imported beforehand, as an agency does days ahead: their registrations are not the cohort's work
        boolean settled = waitUntil(Duration.ofMinutes(2), () -> lag.records() == 0);
        Map<String, ProcessStats> before = stats(processes());
        Instant start = Instant.now();
        OpenLoad.Result<Nomination> result = OpenLoad.run(api::sendAsync, nominations, 400, this::nominate);
        boolean delivered = waitUntil(Duration.ofMinutes(3), () -> nominations.stream().allMatch(this::delivered));
        Duration wall = Duration.between(start, Instant.now());
        Map<String, ProcessStats> after = stats(processes());
        check("S4 cohort", nominations, result);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("nominations", nominations.size());
        figures.put("registrations_consumed_before_start", settled);
        figures.put("all_delivered", delivered);
        figures.put("wall_time_s", wall.toMillis() / 1000.0);
        figures.put("all_nominations_answered_s", result.took().toMillis() / 1000.0);
        figures.put("nomination_latency", result.latencies().summary());
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpuUsed(before, after).forEach((process, seconds) -> cpu.put(process, tenths(seconds)));
        figures.put("cpu_s_by_process", cpu);
        return figures;
    }

    /**
     * Steps of rising arrival rate, each for {@code stepSeconds}: a rate is sustained if the p99 stays under
     * 500 ms, and within {@value #KEPT_UP_SECONDS} s of the step's end every event of the step is on the
     * topic, the consumers' lag is back to zero and every mail and SMS of the step is accepted (so no backlog
     * grew over the step, in the consumers or in the queue of messages to send). Each step starts once the
     * registrations of its officials are consumed. Returns the steps; the last sustained rate is the maximum.
     */
    List<Map<String, Object>> ramp(List<Integer> rates, int stepSeconds) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int rate : rates) {
            List<Nomination> nominations = nominations(rate * stepSeconds);
            waitUntil(Duration.ofMinutes(2), () -> lag.records() == 0);
            Map<String, ConsumerFetches.Counts> fetchesBefore = fetches.read();
            OpenLoad.Result<Nomination> result = OpenLoad.run(api::sendAsync, nominations, rate, this::nominate);
            Instant end = Instant.now();
            boolean eventsKeptUp = waitUntil(Duration.ofSeconds(KEPT_UP_SECONDS), () -> nominations.stream()
                    .allMatch(n -> events.sighting("trainee-enrolled", n.classId(), n.official().traineeId()) != null));
            boolean lagCleared = waitUntil(Duration.between(Instant.now(), end.plusSeconds(KEPT_UP_SECONDS)),
                    () -> lag.records() == 0);
            boolean messagesSent = waitUntil(Duration.between(Instant.now(), end.plusSeconds(KEPT_UP_SECONDS)),
                    () -> nominations.stream().allMatch(this::delivered));
            long errors = result.statuses().values().stream().filter(status -> status != 201).count();
            double p99 = result.latencies().percentileMillis(99);
            boolean sustained = sustained(p99, errors, eventsKeptUp, lagCleared, messagesSent);
            waitUntil(Duration.ofMinutes(3), () -> lag.records() == 0 && nominations.stream().allMatch(this::delivered));
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("rate_per_s", rate);
            step.put("seconds", stepSeconds);
            step.put("nominations", nominations.size());
            step.put("p50_ms", result.latencies().percentileMillis(50));
            step.put("p99_ms", p99);
            step.put("errors", errors);
            step.put("events_on_topic_in_time", eventsKeptUp);
            step.put("consumer_lag_cleared_in_time", lagCleared);
            step.put("messages_sent_in_time", messagesSent);
            step.put("catch_up_s", Duration.between(end, Instant.now()).toMillis() / 1000.0);
            step.put("sustained", sustained);
            step.put("records_per_fetch", fetches.recordsPerFetchSince(fetchesBefore));
            steps.add(step);
            log.info("  ramp " + step);
            if (!sustained) {
                break;
            }
        }
        return steps;
    }

    /**
     * Whether a ramp step's rate was sustained: every nomination accepted with a p99 under 500 ms, and
     * within {@value #KEPT_UP_SECONDS} s of the step's end its events on the topic, the consumers' lag back to
     * zero and its mail and SMS accepted.
     */
    static boolean sustained(double p99Millis, long errors, boolean eventsOnTopic, boolean lagCleared, boolean messagesSent) {
        return p99Millis < 500 && errors == 0 && eventsOnTopic && lagCleared && messagesSent;
    }

    /** A steady arrival rate: latencies of the request, the relay, the mail and the SMS; lag, CPU and memory. */
    Map<String, Object> steady(int rate, int seconds) {
        List<Nomination> nominations = nominations(rate * seconds);
        // the officials were imported beforehand: their registrations are not the steady minute's work
        waitUntil(Duration.ofMinutes(2), () -> lag.records() == 0);
        Map<String, ProcessHandle> services = platform.services();
        Map<String, ProcessHandle> processes = processes();
        processes.put("benchmark_client", ProcessHandle.current());
        Map<String, ProcessStats> before = stats(processes);
        Instant measuredFrom = Instant.now();
        Map<String, Long> writesBefore = store.byCollection(StoreUsage.WRITES);
        Map<String, Long> readsBefore = store.byCollection(StoreUsage.READS);
        Map<String, ConsumerFetches.Counts> fetchesBefore = fetches.read();
        long[] maxLag = {0};
        Map<String, Long> maxRss = new LinkedHashMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxLag[0] = Math.max(maxLag[0], lag.records());
                stats(services).forEach((service, stats) -> maxRss.merge(service, stats.rssBytes(), Math::max));
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sampler");
        sampler.start();
        events.measureRelay(true);
        OpenLoad.Result<Nomination> result = OpenLoad.run(api::sendAsync, nominations, rate, this::nominate);
        boolean delivered = waitUntil(Duration.ofMinutes(3), () -> nominations.stream().allMatch(this::delivered));
        events.measureRelay(false);
        sampler.interrupt();
        waitUntil(Duration.ofMinutes(1), () -> lag.records() == 0);
        Map<String, Double> byCollection = store.perNominationSince(StoreUsage.WRITES, writesBefore, nominations.size());
        Map<String, Double> byDatabase = byDatabase(byCollection);
        Map<String, Double> readsByCollection = store.perNominationSince(StoreUsage.READS, readsBefore, nominations.size());
        Map<String, Double> readsByDatabase = byDatabase(readsByCollection);
        Map<String, ProcessStats> after = stats(processes);
        Map<String, Double> recordsPerFetch = fetches.recordsPerFetchSince(fetchesBefore);
        Duration measured = Duration.between(measuredFrom, Instant.now());
        check("steady", nominations, result);

        Latencies toMail = new Latencies();
        Latencies toSms = new Latencies();
        for (Nomination nomination : nominations) {
            EventWatch.Sighting enrolled = events.sighting("trainee-enrolled", nomination.classId(), nomination.official().traineeId());
            Inboxes.Delivery mail = inboxes.mailTo(nomination.official().email());
            Inboxes.Delivery sms = inboxes.smsTo(nomination.official().phone());
            if (enrolled != null && mail != null) {
                toMail.record(Duration.between(enrolled.changedAt(), mail.acceptedAt()));
            }
            if (enrolled != null && sms != null) {
                toSms.record(Duration.between(enrolled.changedAt(), sms.acceptedAt()));
            }
        }
        Map<String, Object> cpu = new LinkedHashMap<>();
        double servicesCpu = 0;
        for (Map.Entry<String, Double> used : cpuUsed(before, after).entrySet()) {
            cpu.put(used.getKey(), Math.round(used.getValue() * 1000.0 / nominations.size() * 100) / 100.0);
            servicesCpu += services.containsKey(used.getKey()) ? used.getValue() : 0;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rate_per_s", rate);
        figures.put("seconds", seconds);
        figures.put("nominations", nominations.size());
        figures.put("all_delivered", delivered);
        figures.put("nomination_latency", result.latencies().summary());
        figures.put("relay_write_to_topic", events.relay().summary());
        figures.put("event_recorded_to_topic", events.recordedToSeen().summary());
        figures.put("enrolled_to_email_accepted", toMail.summary());
        figures.put("enrolled_to_sms_accepted", toSms.summary());
        figures.put("max_consumer_lag_records", maxLag[0]);
        figures.put("records_per_fetch_by_consumer", recordsPerFetch);
        figures.put("store_writes_per_nomination", tenths(byDatabase.values().stream().mapToDouble(d -> d).sum()));
        byDatabase.replaceAll((database, perNomination) -> tenths(perNomination));
        byCollection.replaceAll((collection, perNomination) -> tenths(perNomination));
        figures.put("store_writes_per_nomination_by_database", byDatabase);
        figures.put("store_writes_per_nomination_by_collection", byCollection);
        figures.put("store_queries_per_nomination", tenths(readsByDatabase.values().stream().mapToDouble(d -> d).sum()));
        readsByDatabase.replaceAll((database, perNomination) -> tenths(perNomination));
        readsByCollection.replaceAll((collection, perNomination) -> tenths(perNomination));
        figures.put("store_queries_per_nomination_by_database", readsByDatabase);
        figures.put("store_queries_per_nomination_by_collection", readsByCollection);
        figures.put("cpu_s_per_1000_nominations_by_process", cpu);
        figures.put("cpu_s_per_1000_nominations_services_total", Math.round(servicesCpu * 1000.0 / nominations.size() * 100) / 100.0);
        figures.put("cpu_measured_over_s", tenths(measured.toMillis() / 1000.0));
        figures.put("max_rss_mb_by_service", maxRss.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ProcessStats.megabytes(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
        return figures;
    }

    /**
     * The CPU the platform takes with no nominations, by process, in milliseconds a second: consumers polling,
     * the relay's and the dispatcher's passes, the broker and the store between requests, and the harness's reader
     * of the topic. It is in every CPU figure per nomination, and weighs less on each nomination the higher the rate.
     */
    Map<String, Object> idle(int seconds) throws InterruptedException {
        waitUntil(Duration.ofMinutes(1), () -> lag.records() == 0);
        Thread.sleep(5_000); // published events leave their documents a second after the broker acknowledged them
        Map<String, ProcessHandle> processes = processes();
        Map<String, ProcessStats> before = stats(processes);
        Thread.sleep(seconds * 1000L);
        Map<String, ProcessStats> after = stats(processes);
        Map<String, Object> byProcess = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> used : cpuUsed(before, after).entrySet()) {
            double millisPerSecond = used.getValue() * 1000 / seconds;
            byProcess.put(used.getKey(), tenths(millisPerSecond));
            total += millisPerSecond;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", seconds);
        figures.put("cpu_ms_per_s_by_process", byProcess);
        figures.put("cpu_ms_per_s_total", tenths(total));
        return figures;
    }

    private static Map<String, Double> byDatabase(Map<String, Double> byCollection) {
        Map<String, Double> byDatabase = new TreeMap<>();
        byCollection.forEach((collection, perNomination) ->
                byDatabase.merge(collection.substring(0, collection.indexOf('.')), perNomination, Double::sum));
        return byDatabase;
    }

    Map<String, Object> memory() {
        Map<String, Object> memory = new LinkedHashMap<>();
        long total = 0;
        for (var service : platform.services().entrySet()) {
            ProcessStats stats = ProcessStats.of(service.getValue().pid());
            memory.put(service.getKey() + "_rss_mb", ProcessStats.megabytes(stats.rssBytes()));
            memory.put(service.getKey() + "_peak_rss_mb", ProcessStats.megabytes(stats.peakRssBytes()));
            total += stats.rssBytes();
        }
        long launcher = ProcessStats.of(platform.launcherPid()).rssBytes();
        memory.put("services_total_rss_mb", ProcessStats.megabytes(total));
        memory.put("launcher_rss_mb", ProcessStats.megabytes(launcher));
        memory.put("platform_total_rss_mb", ProcessStats.megabytes(total + launcher));
        return memory;
    }

    List<String> failures() {
        return failures;
    }

    /** Every accepted nomination produced exactly one enrolment event, one mail and one SMS. */
    private void check(String phase, List<Nomination> nominations, OpenLoad.Result<Nomination> result) {
        for (Nomination nomination : nominations) {
            Official official = nomination.official();
            countProblem(official.traineeId(), result.statuses().get(nomination),
                    events.sighting("trainee-enrolled", nomination.classId(), official.traineeId()),
                    inboxes.mailTo(official.email()), inboxes.smsTo(official.phone()))
                    .ifPresent(problem -> failures.add(phase + ": " + problem));
        }
    }

    /** What is wrong with one nomination's outcome, if anything: its answer, its events, its mail and its SMS. */
    static Optional<String> countProblem(String traineeId, Integer status, EventWatch.Sighting enrolled,
                                         Inboxes.Delivery mail, Inboxes.Delivery sms) {
        int events = enrolled == null ? 0 : enrolled.times().get();
        int mails = mail == null ? 0 : mail.count().get();
        int messages = sms == null ? 0 : sms.count().get();
        if (status == null || status != 201) {
            return Optional.of("nomination of " + traineeId + " answered " + status);
        }
        if (events != 1) {
            return Optional.of(events + " enrolment events for " + traineeId);
        }
        if (mails != 1 || messages != 1) {
            return Optional.of(mails + " mails and " + messages + " SMS for " + traineeId);
        }
        return Optional.empty();
    }

    /** A mail and an SMS reached the recipient (how many is checked afterwards). */
    private boolean delivered(Nomination nomination) {
        Inboxes.Delivery mail = inboxes.mailTo(nomination.official().email());
        Inboxes.Delivery sms = inboxes.smsTo(nomination.official().phone());
        return mail != null && sms != null;
    }

    private HttpRequest nominate(Nomination nomination) {
        return api.request(nomination.official().agency(), "POST", "enrolment", "/api/classes/" + nomination.classId() + "/nominations",
                "application/json", "{\"traineeId\":\"" + nomination.official().traineeId() + "\"}");
    }

    /** Fresh officials nominated round-robin into fresh classes of at most {@code nomineesPerClass} nominees each. */
    private List<Nomination> nominations(int count) {
        List<Official> officials = officials(count);
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < (count + nomineesPerClass - 1) / nomineesPerClass; i++) {
            classes.add(openClass(2000));
        }
        List<Nomination> nominations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nominations.add(new Nomination(classes.get(i % classes.size()), officials.get(i)));
        }
        return nominations;
    }

    private String openClass(int capacity) {
        String klass = api.json(ORGANISER, "POST", "enrolment", "/api/programmes/" + programme + "/classes", Map.of(
                "title", "Lớp " + (++serial), "nominatingAgencyIds", NOMINATORS, "targetPositions", List.of(POSITION),
                "capacity", capacity, "startDate", "2026-12-07", "endDate", "2026-12-11", "autoApprove", true), 201).get("id").asString();
        api.call(ORGANISER, "POST", "enrolment", "/api/classes/" + klass + "/open", "application/json", "", 200);
        return klass;
    }

    /** Officials of the three agencies in turn, registered from spreadsheets of up to 2,000 rows. */
    private List<Official> officials(int count) {
        List<List<Official>> byAgency = new ArrayList<>();
        for (int a = 0; a < NOMINATORS.size(); a++) {
            String agency = NOMINATORS.get(a);
            List<Official> officials = new ArrayList<>();
            int share = count / NOMINATORS.size() + (a < count % NOMINATORS.size() ? 1 : 0);
            for (int from = 0; from < share; from += 2000) {
                int rows = Math.min(2000, share - from);
                List<String[]> people = new ArrayList<>();
                StringBuilder csv = new StringBuilder("personnelCode,fullName,position,email,phone\n");
                for (int i = 0; i < rows; i++) {
                    int n = ++serial;
                    String email = "bench-" + run + "-" + n + "@quan.hanoi.gov.vn";
                    String phone = "+8490" + String.format("%07d", n);
                    people.add(new String[]{email, phone});
                    csv.append(run).append('-').append(n).append(",Cán bộ ").append(n).append(',').append(POSITION).append(',')
                            .append(email).append(',').append(phone).append('\n');
                }
                JsonNode report = api.call(agency, "POST", "enrolment", "/api/trainees/import", "text/csv", csv.toString(), 200);
                List<String> ids = report.get("rows").findValuesAsString("traineeId");
                for (int i = 0; i < rows; i++) {
                    officials.add(new Official(agency, ids.get(i), people.get(i)[0], people.get(i)[1]));
                }
            }
            byAgency.add(officials);
        }
        List<Official> interleaved = new ArrayList<>();
        for (int i = 0; interleaved.size() < count; i++) {
            for (List<Official> officials : byAgency) {
                if (i < officials.size()) {
                    interleaved.add(officials.get(i));
                }
            }
        }
        return interleaved;
    }

    /** The services and the launcher (broker, store, mail server, SMS gateway). */
    private Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>(platform.services());
        processes.put("launcher", ProcessHandle.of(platform.launcherPid()).orElseThrow());
        return processes;
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<String, ProcessStats> stats(Map<String, ProcessHandle> services) {
        Map<String, ProcessStats> stats = new LinkedHashMap<>();
        services.forEach((service, process) -> stats.put(service, ProcessStats.of(process.pid())));
        return stats;
    }

    /** The CPU seconds each process used between two readings. */
    private static Map<String, Double> cpuUsed(Map<String, ProcessStats> before, Map<String, ProcessStats> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        before.forEach((process, stats) -> used.put(process, after.get(process).cpuSeconds() - stats.cpuSeconds()));
        return used;
    }

    private static boolean waitUntil(Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
