package org.trainingplatform.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * How fast this machine computes at a moment of the run: SHA-256 over 16 MB on one thread, the median of nine
 * passes, in MB/s. Probed at the start and after each part of the run, while the platform idles, so that a run on a
 * machine that slowed down or sped up on the way says so: its rates and latencies are then not comparable with
 * other runs' (docs/benchmarks.md, round 13).
 */
final class MachineSpeed {

    /** A change between probes above this fraction of the slowest marks the run. */
    private static final double CHANGED = 0.25;

    private static final byte[] DATA = new byte[16 << 20];
    private static final int PASSES = 9;

    static {
        new Random(42).nextBytes(DATA);
    }

    private MachineSpeed() {
    }

    static double probe() {
        double[] rates = new double[PASSES];
        for (int i = 0; i < PASSES; i++) {
            long start = System.nanoTime();
            sha256().digest(DATA);
            rates[i] = DATA.length / 1e6 / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        return Math.round(rates[PASSES / 2]);
    }

    /** One sentence for the report: the probes in the order taken, and whether the machine's speed changed. */
    static String note(Map<String, Double> probes) {
        double slowest = Collections.min(probes.values());
        double change = Collections.max(probes.values()) / slowest - 1;
        String figures = probes.entrySet().stream().map(p -> p.getKey().replace('_', ' ') + " " + Math.round(p.getValue()))
                .collect(Collectors.joining(", "));
        String verdict = change > CHANGED
                ? "**it changed by " + Math.round(change * 100) + " % during the run**: this run's figures are not comparable with other runs'"
                : "within " + Math.round(change * 100) + " % over the run";
        return "Machine speed (SHA-256 on one thread, MB/s): " + figures + "; " + verdict + ".";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
