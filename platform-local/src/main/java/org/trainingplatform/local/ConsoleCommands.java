package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads commands typed on the console: {@code status}, and {@code stop}, {@code start} or
 * {@code restart} followed by a service name ({@code enrolment} or {@code enrolment-service}).
 */
@Component
@ConditionalOnProperty(name = ServiceFleet.ENABLED, havingValue = "true", matchIfMissing = true)
class ConsoleCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsoleCommands.class);
    private static final String USAGE = "Commands: status | stop <service> | start <service> | restart <service>;"
            + " services: enrolment, scheduling, assessment, notification";

    private final ServiceFleet fleet;

    ConsoleCommands(ServiceFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread reader = new Thread(this::readCommands, "console-commands");
        reader.setDaemon(true);
        reader.start();
    }

    private void readCommands() {
        try (var in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    execute(line.trim().split("\\s+"));
                }
            }
        } catch (IOException e) {
            log.warn("Cannot read commands from the console any more: {}", e.toString());
        }
    }

    void execute(String... words) {
        String command = words[0].toLowerCase(Locale.ROOT);
        if (command.equals("status")) {
            fleet.processes().forEach(ConsoleCommands::status);
            return;
        }
        Optional<ServiceProcess> target = words.length == 2
                ? PlatformService.named(words[1]).map(fleet::process) : Optional.empty();
        if (target.isEmpty() || !(command.equals("stop") || command.equals("start") || command.equals("restart"))) {
            log.info(USAGE);
            return;
        }
        ServiceProcess process = target.get();
        String name = process.service().id();
        if (!command.equals("start")) {
            log.info("Stopping {}", name);
            process.stop();
            log.info("{} stopped", name);
        }
        if (!command.equals("stop")) {
            log.info("Starting {}", name);
            announce(name, command.equals("restart") ? "ready again" : "ready", process.start());
        }
    }

    private static void announce(String name, String what, CompletableFuture<Duration> readiness) {
        readiness.whenComplete((took, failure) -> {
            if (failure == null) {
                log.info("{} is {} ({} s)", name, what, took.toSeconds());
            } else {
                log.error("{} did not start: {}", name, failure.getMessage());
            }
        });
    }

    private static void status(ServiceProcess process) {
        Long pid = process.pid();
        log.info("{} {} {}", String.format("%-21s", process.service().id()), String.format("%-8s", process.state()),
                pid == null ? "" : "pid " + pid + residentMemory(pid));
    }

    /** The resident memory of a process, where the system tells it. */
    private static String residentMemory(long pid) {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> ", memory " + line.substring("VmRSS:".length()).trim()).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
