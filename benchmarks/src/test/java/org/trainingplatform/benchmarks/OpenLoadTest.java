package org.trainingplatform.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OpenLoadTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void requestsLeaveOnScheduleWhileEarlierOnesAreStillUnanswered() throws IOException {
        // the server answers no request before all ten have arrived: a load that waits for answers never gets there
        CountDownLatch arrivals = new CountDownLatch(10);
        start(10, exchange -> {
            arrivals.countDown();
            answer(exchange, allArrived(arrivals) ? 201 : 503);
        });

        OpenLoad.Result<Integer> result = OpenLoad.run(this::send, items(10), 100, this::request);

        assertThat(result.statuses()).hasSize(10).containsOnlyKeys(items(10)).allSatisfy((item, status) -> assertThat(status).isEqualTo(201));
        // the first request waited for the tenth, due 90 ms after it
        assertThat(result.latencies().percentileMillis(100)).isGreaterThanOrEqualTo(80);
    }

    @Test
    void aLatencyCountsFromWhenItsRequestWasDueSoAClientThatFallsBehindCannotHideIt() throws IOException {
        start(4, exchange -> answer(exchange, 201));
        // the client stalls for 450 ms before it makes its first request, at a rate that wants one every 10 ms
        long stalledUntil = System.nanoTime() + Duration.ofMillis(450).toNanos();
        OpenLoad.Result<Integer> result = OpenLoad.run(this::send, items(10), 100, item -> {
            await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(5)).until(() -> System.nanoTime() >= stalledUntil);
            return request(item);
        });

        // every request left 360 to 450 ms after it was due, though the server answered each at once
        assertThat(result.latencies().count()).isEqualTo(10);
        assertThat(result.latencies().percentileMillis(100)).isGreaterThanOrEqualTo(400);
        assertThat(result.latencies().percentileMillis(50)).isGreaterThanOrEqualTo(150);
    }

    private void start(int threads, HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", handler);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(Integer item) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + item)).build();
    }

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static boolean allArrived(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
