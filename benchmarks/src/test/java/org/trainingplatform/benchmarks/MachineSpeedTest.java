package org.trainingplatform.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MachineSpeedTest {

    @Test
    void aRunWhoseMachineKeptItsSpeedSaysSo() {
        String note = MachineSpeed.note(probes(400, 380, 410, 395));

        assertThat(note).isEqualTo("Machine speed (SHA-256 on one thread, MB/s): at the start 400, after the ramp 380, "
                + "after the steady minute 410, at the end 395; within 8 % over the run.");
    }

    @Test
    void aRunWhoseMachineSlowedDownIsMarkedAsNotComparable() {
        String note = MachineSpeed.note(probes(600, 420, 410, 590));

        assertThat(note).contains("**it changed by 46 % during the run**").contains("not comparable with other runs'");
    }

    @Test
    void theProbeMeasuresThisMachine() {
        assertThat(MachineSpeed.probe()).isPositive();
    }

    private static Map<String, Double> probes(double start, double ramp, double steady, double end) {
        Map<String, Double> probes = new LinkedHashMap<>();
        probes.put("at_the_start", start);
        probes.put("after_the_ramp", ramp);
        probes.put("after_the_steady_minute", steady);
        probes.put("at_the_end", end);
        return probes;
    }
}
