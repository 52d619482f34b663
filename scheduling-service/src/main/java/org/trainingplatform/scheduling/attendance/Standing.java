package org.trainingplatform.scheduling.attendance;

/**
 * A trainee's attendance over a class's sessions that are not cancelled: attended (present or late),
 * missed (absent or excused), and the best rate still reachable by attending every remaining session.
 */
record Standing(String traineeId, int attended, int missed, int scheduled) {

    double rate() {
        return scheduled == 0 ? 0 : (double) attended / scheduled;
    }

    double bestReachableRate() {
        return scheduled == 0 ? 1 : (double) (scheduled - missed) / scheduled;
    }

    boolean atRisk(double threshold) {
        return bestReachableRate() < threshold;
    }
}
