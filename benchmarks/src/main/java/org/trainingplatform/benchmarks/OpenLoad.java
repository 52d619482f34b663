package org.trainingplatform.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * An open workload: requests leave at a fixed rate whatever the answers do, and each latency is
 * counted from when its request was due, so that slow answers cannot hide by slowing the load
 * (no coordinated omission).
 */
final class OpenLoad {

    /** The outcome of a run: the latencies, and the status of every request by its item. */
    record Result<T>(Latencies latencies, Map<T, Integer> statuses, Duration took) {
    }

    private OpenLoad() {
    }

    static <T> Result<T> run(Function<HttpRequest, CompletableFuture<HttpResponse<String>>> send, List<T> items,
                             double perSecond, Function<T, HttpRequest> request) {
        Latencies latencies = new Latencies();
        Map<T, Integer> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(items.size());
        long period = Math.round(1_000_000_000L / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < items.size(); i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            T item = items.get(i);
            inFlight.add(send.apply(request.apply(item)).handle((HttpResponse<String> response, Throwable failure) -> {
                latencies.record(Duration.ofNanos(System.nanoTime() - due));
                statuses.put(item, failure == null ? response.statusCode() : -1);
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return new Result<>(latencies, statuses, Duration.ofNanos(System.nanoTime() - start));
    }
}
