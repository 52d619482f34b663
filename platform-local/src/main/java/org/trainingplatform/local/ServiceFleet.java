package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The four services as child processes: started in parallel once the authorization server is up,
 * stopped before it (this lifecycle has the last start and the first stop phase). The console shows
 * when all of them are ready.
 */
@Component
@ConditionalOnProperty(name = ServiceFleet.ENABLED, havingValue = "true", matchIfMissing = true)
class ServiceFleet implements SmartLifecycle {

    static final String ENABLED = "local.services";

    private static final Logger log = LoggerFactory.getLogger(ServiceFleet.class);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Map<PlatformService, ServiceProcess> processes = new EnumMap<>(PlatformService.class);
    private final ConsoleBanner banner;
    private final ApplicationEventPublisher events;
    private volatile boolean running;

    ServiceFleet(LocalPlatformSettings settings, ConsoleBanner banner, ApplicationEventPublisher events) {
        this.banner = banner;
        this.events = events;
        for (PlatformService service : PlatformService.values()) {
            processes.put(service, new ServiceProcess(service, settings));
        }
    }

    @Override
    public void start() {
        running = true;
        log.info("Starting {}", String.join(", ", processes.keySet().stream().map(PlatformService::id).toList()));
        CompletableFuture<?>[] readiness = processes.values().stream()
                .map(ServiceFleet::startAndReport)
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(readiness).whenComplete((done, failure) -> {
            if (failure == null) {
                banner.ready();
                events.publishEvent(new PlatformReady());
            } else {
                log.error("The platform is not ready; once the cause is fixed, type 'start <service>'");
            }
        });
        CompletableFuture.delayedExecutor(PATIENCE.toSeconds(), TimeUnit.SECONDS).execute(() -> {
            List<String> waiting = processes.values().stream()
                    .filter(process -> process.state() == ServiceProcess.State.STARTING)
                    .map(process -> process.service().id()).toList();
            if (!waiting.isEmpty()) {
                log.warn("Still waiting for {} to be ready; see their logs in the data folder", waiting);
            }
        });
    }

    /** Stops the services in parallel. */
    @Override
    public void stop() {
        running = false;
        log.info("Stopping the services");
        CompletableFuture.allOf(processes.values().stream()
                .map(process -> CompletableFuture.runAsync(process::stop, task -> daemon(task).start()))
                .toArray(CompletableFuture[]::new)).join();
        log.info("Stopped the services");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static CompletableFuture<Duration> startAndReport(ServiceProcess process) {
        return process.start().whenComplete((took, failure) -> {
            if (failure == null) {
                log.info("{} is ready ({} s)", process.service().id(), took.toSeconds());
            } else {
                log.error("{} did not start: {}", process.service().id(), failure.getMessage());
            }
        });
    }

    ServiceProcess process(PlatformService service) {
        return processes.get(service);
    }

    List<ServiceProcess> processes() {
        return List.copyOf(processes.values());
    }

    /** Every service reported ready. */
    record PlatformReady() {
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "service-stop");
        thread.setDaemon(true);
        return thread;
    }
}
