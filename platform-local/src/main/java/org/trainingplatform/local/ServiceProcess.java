package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM from its executable jar ({@linkplain ExtractedJars unpacked}), configured
 * through its environment to use the local infrastructure. It is ready when its readiness endpoint answers UP.
 */
final class ServiceProcess {

    enum State { STOPPED, STARTING, READY, STOPPING, EXITED }

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** The java command of the JVM this launcher runs on, which runs the services too. */
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Duration GRACE = Duration.ofSeconds(20);
    /** The exit code of a JVM ended by SIGINT. */
    private static final int INTERRUPTED = 130;

    private final PlatformService service;
    private final LocalPlatformSettings settings;
    private Process process;
    private volatile State state = State.STOPPED;

    ServiceProcess(PlatformService service, LocalPlatformSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    PlatformService service() {
        return service;
    }

    State state() {
        return state;
    }

    synchronized Long pid() {
        return process != null && process.isAlive() ? process.pid() : null;
    }

    /** Starts the JVM; the answer completes with the start-up time once the service is ready. */
    synchronized CompletableFuture<Duration> start() {
        if (process != null && process.isAlive()) {
            return CompletableFuture.failedFuture(new IllegalStateException(service.id() + " is already running"));
        }
        Path jar = service.jar(settings.repository());
        if (!Files.isRegularFile(jar)) {
            state = State.EXITED;
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "No " + jar + ": build it first with ./mvnw -DskipTests package (./run-local.sh does)"));
        }
        Instant started = Instant.now();
        try {
            Files.createDirectories(settings.logsDir());
            ProcessBuilder builder = new ProcessBuilder(command(ExtractedJars.runnable(jar))).redirectErrorStream(true);
            builder.environment().putAll(environment());
            process = builder.start();
        } catch (IOException e) {
            state = State.EXITED;
            return CompletableFuture.failedFuture(new UncheckedIOException("Cannot start " + service.id(), e));
        }
        state = State.STARTING;
        Process current = process;
        daemon(service.id() + "-output",
                new ServiceOutput(service, current.getInputStream(), logFile()));
        current.onExit().thenAccept(this::exited);
        CompletableFuture<Duration> ready = new CompletableFuture<>();
        daemon(service.id() + "-readiness", () -> awaitReadiness(current, started, ready));
        return ready;
    }

    /** Asks the service to shut down gracefully, and ends it if it has not within the grace period. */
    synchronized void stop() {
        if (process == null || !process.isAlive()) {
            state = State.STOPPED;
            return;
        }
        state = State.STOPPING;
        // Through the handle: Process.destroy() would also close the output and lose the last lines of the log.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("{} did not stop within {} s: ending it", service.id(), GRACE.toSeconds());
                process.toHandle().destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.toHandle().destroyForcibly();
            Thread.currentThread().interrupt();
        }
        state = State.STOPPED;
    }

    private List<String> command(Path jar) {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(settings.serviceJvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + settings.kafkaPort(),
                "MONGODB_URI", "mongodb://localhost:" + settings.mongoPort(),
                "PLATFORM_ISSUER_URI", settings.issuer(),
                "SMTP_HOST", "localhost",
                "SMTP_PORT", String.valueOf(settings.smtpPort()),
                "SMS_GATEWAY_URL", "http://localhost:" + settings.smsPort(),
                "SPRING_MAIN_BANNER_MODE", "off",
                // four JVMs share a small machine: per-thread malloc arenas and 200 request threads (each keeping
                // its stack) would hold memory that a burst of requests needs once; 50 threads still batch it well
                // (docs/benchmarks.md, rounds 2 and 16)
                "MALLOC_ARENA_MAX", "2",
                "SERVER_TOMCAT_THREADS_MAX", "50"));
        settings.servicePorts().forEach((other, port) -> environment.put(other.portVariable(), String.valueOf(port)));
        return environment;
    }

    private void awaitReadiness(Process current, Instant started, CompletableFuture<Duration> ready) {
        URI readiness = URI.create(settings.serviceUrl(service) + "/actuator/health/readiness");
        while (current.isAlive()) {
            if (isUp(readiness)) {
                synchronized (this) {
                    if (current == process && state == State.STARTING) {
                        state = State.READY;
                    }
                }
                ready.complete(Duration.between(started, Instant.now()));
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ready.completeExceptionally(new IllegalStateException(service.id() + " exited with code "
                + current.exitValue() + " before it was ready; see " + logFile()));
    }

    private static boolean isUp(URI readiness) {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized void exited(Process ended) {
        if (ended != process || state == State.STOPPING || state == State.STOPPED) {
            return;
        }
        boolean wasReady = state == State.READY;
        state = State.EXITED;
        if (!wasReady || ended.exitValue() == INTERRUPTED) {
            return; // the start-up reports it, or Ctrl-C reached the service with the launcher
        }
        log.warn("{} exited with code {}; its log is {}. Type 'start {}' to start it again.", service.id(),
                ended.exitValue(), logFile(), service.shortName());
    }

    private Path logFile() {
        return settings.logsDir().resolve(service.id() + ".log");
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
