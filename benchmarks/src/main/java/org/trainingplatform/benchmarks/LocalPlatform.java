package org.trainingplatform.benchmarks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The local platform as its one command starts it, on a fresh data folder and free ports: the
 * benchmark measures exactly what a newcomer runs.
 */
final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    static final List<String> SERVICES = List.of("enrolment", "scheduling", "assessment", "notification");
    /** SMS are sent at any hour: the benchmark must not depend on the time of day it runs. */
    private static final String NO_QUIET_HOURS =
            "-Dplatform.notification.quiet-hours.start=00:00 -Dplatform.notification.quiet-hours.end=00:00";
    private static final String CONSOLE_LOG = "benchmarks/target/launcher-console.log";
    private static final Pattern READY = Pattern.compile("Platform ready in (\\d+) s");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Path repository;
    private Process process;
    private Path data;
    private final CompletableFuture<Integer> ready = new CompletableFuture<>();
    private Instant launched;

    LocalPlatform(Path repository) {
        this.repository = repository;
        for (String option : List.of("mongo-port", "kafka-port", "kafka-controller-port", "smtp-port", "mail-inbox-port",
                "sms-port", "auth-port", "enrolment-port", "scheduling-port", "assessment-port", "notification-port")) {
            ports.put(option, freePortOtherThan(ports.values()));
        }
    }

    /**
     * Starts the launcher, with any JVM options given for it; the services' JVM options are the defaults, with quiet
     * hours for SMS switched off, plus any given.
     */
    Duration start(String launcherJvmOptions, String extraJvmOptions) throws IOException {
        data = Files.createTempDirectory("benchmark-data");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Arrays.stream(launcherJvmOptions.split(" ")).filter(option -> !option.isBlank()).forEach(command::add);
        command.addAll(List.of("-jar", "platform-local/target/platform-local-exec.jar", "--data-dir=" + data,
                "--extra-service-jvm-options=" + NO_QUIET_HOURS + " " + extraJvmOptions));
        ports.forEach((option, port) -> command.add("--" + option + "=" + port));
        launched = Instant.now();
        process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        Thread console = new Thread(this::readConsole, "platform-console");
        console.setDaemon(true);
        console.start();
        try {
            int reported = ready.get(180, TimeUnit.SECONDS);
            Duration wall = Duration.between(launched, Instant.now());
            log.info("Platform ready in {} s ({} ms from the command)", reported, wall.toMillis());
            return wall;
        } catch (Exception e) {
            throw new IllegalStateException("The platform did not become ready: " + e.getMessage(), e);
        }
    }

    /** Keeps the launcher's whole console in {@value #CONSOLE_LOG}, and shows its errors. */
    private void readConsole() {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
             var console = Files.newBufferedWriter(repository.resolve(CONSOLE_LOG), UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                console.write(line);
                console.newLine();
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    ready.complete(Integer.parseInt(matcher.group(1)));
                }
                if (line.contains(" ERROR ") || line.contains("did not start")) {
                    console.flush();
                    log.info("platform | " + line + " (the whole console: " + CONSOLE_LOG + ")");
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        // the launcher stopped: if it never said it was ready, waiting longer is of no use
        ready.completeExceptionally(new IllegalStateException("the launcher stopped; its console: " + CONSOLE_LOG));
    }

    /** The process of each service, children of the launcher. */
    Map<String, ProcessHandle> services() {
        Map<String, ProcessHandle> services = new LinkedHashMap<>();
        process.toHandle().descendants().forEach(child -> child.info().commandLine().ifPresent(line -> {
            for (String service : SERVICES) {
                if (line.contains(service + "-service-exec.jar")) {
                    services.put(service, child);
                }
            }
        }));
        return services;
    }

    long launcherPid() {
        return process.pid();
    }

    String url(String portOption) {
        return "http://localhost:" + ports.get(portOption);
    }

    String kafka() {
        return "localhost:" + ports.get("kafka-port");
    }

    String mongo() {
        return "mongodb://localhost:" + ports.get("mongo-port");
    }

    /** Stops the launcher, which stops the services; if it does not within a minute, ends all of them. Deletes the data. */
    @Override
    public void close() throws IOException {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    log.warn("The platform did not stop within 60 s: ending it and its services");
                    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (data != null) {
            try (var files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A port free now, and not one already chosen: the system may hand out a port it handed out a moment before. */
    private static int freePortOtherThan(Collection<Integer> chosen) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (!chosen.contains(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
