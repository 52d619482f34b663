package org.trainingplatform.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many records the services' consumers are handed a fetch, per service and topic, from the Kafka client's own
 * counters on each service's metrics endpoint. It is the batch a consumer that took a poll's records together would
 * handle at once: under load a fetch is answered as soon as records wait (an empty one is held up to the fetch wait),
 * so records a fetch is close to records a poll, and a little below it.
 */
final class ConsumerFetches {

    private static final Pattern COUNTER = Pattern.compile(
            "^kafka_consumer_fetch_manager_(records_consumed_total|fetch_total)\\{[^}]*spring_id=\"([^\".]+)\\.consumer\\.[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    /** Records consumed and fetches made, summed over a binding's consumers. */
    record Counts(double records, double fetches) {

        Counts plus(Counts other) {
            return new Counts(records + other.records, fetches + other.fetches);
        }

        Counts minus(Counts earlier) {
            return new Counts(records - earlier.records, fetches - earlier.fetches);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> metricsUrls;

    /** {@code metricsUrls}: each service's Prometheus endpoint, by service. */
    ConsumerFetches(Map<String, String> metricsUrls) {
        this.metricsUrls = metricsUrls;
    }

    /** The counts now, by {@code service/topic}. */
    Map<String, Counts> read() {
        Map<String, Counts> counts = new TreeMap<>();
        metricsUrls.forEach((service, url) -> parse(scrape(url)).forEach((topic, topicCounts) ->
                counts.put(service + "/" + topic, topicCounts)));
        return counts;
    }

    /** Records a fetch since {@code before}, to a tenth, by {@code service/topic}; topics with no record since left out. */
    Map<String, Double> recordsPerFetchSince(Map<String, Counts> before) {
        Map<String, Double> perFetch = new TreeMap<>();
        read().forEach((binding, now) -> {
            Counts since = now.minus(before.getOrDefault(binding, new Counts(0, 0)));
            if (since.records() > 0 && since.fetches() > 0) {
                perFetch.put(binding, Math.round(since.records() / since.fetches() * 10) / 10.0);
            }
        });
        return perFetch;
    }

    /** The counters of a Prometheus scrape, summed by the topic their consumer reads. */
    static Map<String, Counts> parse(String scrape) {
        Map<String, Counts> byTopic = new TreeMap<>();
        Matcher counter = COUNTER.matcher(scrape);
        while (counter.find()) {
            double value = Double.parseDouble(counter.group(3));
            Counts counts = counter.group(1).equals("fetch_total") ? new Counts(0, value) : new Counts(value, 0);
            byTopic.merge(counter.group(2), counts, Counts::plus);
        }
        return byTopic;
    }

    private String scrape(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
