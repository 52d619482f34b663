package org.trainingplatform.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks up front that every port is free, to fail with one clear message rather than half started. */
final class FreePorts {

    private FreePorts() {
    }

    static void require(Map<String, Integer> ports) {
        Set<Integer> seen = new HashSet<>();
        List<String> problems = ports.entrySet().stream()
                .filter(option -> !seen.add(option.getValue()) || !isFree(option.getValue()))
                .map(option -> "--" + option.getKey() + "=" + option.getValue())
                .toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Port(s) in use or given twice: " + String.join(", ", problems)
                    + ". Is the platform already running? Choose other ports with these options.");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
