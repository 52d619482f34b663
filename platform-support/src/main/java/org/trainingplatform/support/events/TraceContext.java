package org.trainingplatform.support.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} of the work in hand on this thread: taken from an incoming request or
 * event, or started here. Events recorded while it is set carry it, so a request can be followed
 * through every service it causes work in.
 */
public final class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceContext() {
    }

    /** Continues the given trace with a new span of this service, or starts a new trace if it is absent or invalid. */
    public static String continueOrStart(String incoming) {
        String traceId = incoming != null && TRACEPARENT.matcher(incoming).matches()
                ? incoming.substring(3, 35) : randomHex(16);
        String traceparent = "00-" + traceId + "-" + randomHex(8) + "-01";
        CURRENT.set(traceparent);
        return traceparent;
    }

    /** The current traceparent, starting a trace if none is in hand. */
    public static String current() {
        String traceparent = CURRENT.get();
        return traceparent != null ? traceparent : continueOrStart(null);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
