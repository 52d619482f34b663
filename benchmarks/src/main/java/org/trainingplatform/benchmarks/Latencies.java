package org.trainingplatform.benchmarks;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A latency distribution in microseconds (HdrHistogram, 3 significant digits), reported in milliseconds. */
final class Latencies {

    private final Histogram histogram = new Histogram(Duration.ofMinutes(10).toNanos() / 1000, 3);

    synchronized void record(Duration latency) {
        histogram.recordValue(Math.max(0, Math.min(latency.toNanos() / 1000, histogram.getHighestTrackableValue())));
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", histogram.getTotalCount());
        summary.put("p50_ms", percentileMillis(50));
        summary.put("p99_ms", percentileMillis(99));
        summary.put("p99_9_ms", percentileMillis(99.9));
        summary.put("max_ms", histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0);
        return summary;
    }
}
