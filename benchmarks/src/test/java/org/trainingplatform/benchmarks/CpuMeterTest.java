package org.trainingplatform.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CpuMeterTest {

    @Test
    void aSecondOfOneBusyThreadIsAboutASecondOfCpuAboveIdle() throws InterruptedException {
        CpuMeter meter = new CpuMeter(List.of(ProcessHandle.current().pid()));

        meter.start();
        long end = System.nanoTime() + 1_000_000_000L;
        long spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }

        assertThat(spins).isPositive();
        assertThat(meter.millisAboveIdle()).isBetween(500.0, 1_500.0);
    }
}
