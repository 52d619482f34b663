package org.trainingplatform.benchmarks;

import java.util.List;

/**
 * The CPU some processes take for a piece of work, without what they take idle meanwhile: their idle
 * rate is read once, over a few seconds of nothing, when the meter is made. Read from /proc in clock
 * ticks (10 ms), so a piece of work measured should take seconds.
 */
final class CpuMeter {

    private static final long IDLE_SAMPLE_MILLIS = 3_000;

    private final List<Long> pids;
    private final double idleMillisPerSecond;
    private double startMillis;
    private long startNanos;

    CpuMeter(List<Long> pids) throws InterruptedException {
        this.pids = pids;
        double before = cpuMillis();
        Thread.sleep(IDLE_SAMPLE_MILLIS);
        this.idleMillisPerSecond = (cpuMillis() - before) / (IDLE_SAMPLE_MILLIS / 1000.0);
    }

    void start() {
        startMillis = cpuMillis();
        startNanos = System.nanoTime();
    }

    /** The CPU milliseconds taken since {@link #start()}, less what the processes take idle in as long. */
    double millisAboveIdle() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return cpuMillis() - startMillis - idleMillisPerSecond * seconds;
    }

    private double cpuMillis() {
        return pids.stream().mapToDouble(pid -> ProcessStats.of(pid).cpuSeconds() * 1000).sum();
    }
}
