package org.trainingplatform.benchmarks;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What reached the mail server and the SMS gateway, per recipient: when it was accepted, and how many
 * messages arrived for that recipient. Polled with {@code since}, so only new messages travel.
 */
final class Inboxes implements AutoCloseable {

    private static final Duration OVERLAP = Duration.ofMillis(10);

    record Delivery(Instant acceptedAt, AtomicInteger count) {
    }

    private final Api api;
    private final Map<String, Delivery> mail = new ConcurrentHashMap<>();
    private final Map<String, Delivery> sms = new ConcurrentHashMap<>();
    private final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Thread poller;
    private volatile boolean running = true;
    private Instant mailSince = Instant.now();
    private Instant smsSince = Instant.now();

    Inboxes(Api api) {
        this.api = api;
        poller = new Thread(this::poll, "inbox-poller");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (running) {
            mailSince = collect("mail-inbox", "/api/messages", mailSince, mail, "id", message -> message.get("to").get(0).asString());
            smsSince = collect("sms", "/api/sms", smsSince, sms, "messageId", message -> message.get("to").asString());
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Asks for what arrived since just before the latest seen, and skips messages already counted. Both servers
     * stamp a message as they store it, under one lock, so their times follow the order of arrival; the overlap
     * takes in a message stamped with the very time of the latest seen. A wider one would list every message, body
     * and all, at several polls, and the embedded servers' CPU, which the report counts as the platform's, would
     * hold that much of the harness's own work.
     */
    private Instant collect(String server, String path, Instant since, Map<String, Delivery> into, String idField,
                            java.util.function.Function<JsonNode, String> recipient) {
        Instant latest = since;
        for (JsonNode message : api.get(server, path + "?since=" + since.minus(OVERLAP))) {
            Instant accepted = Instant.parse(message.get("receivedAt").asString());
            if (!seen.add(server + ":" + message.get(idField).asString())) {
                continue;
            }
            into.computeIfAbsent(recipient.apply(message), r -> new Delivery(accepted, new AtomicInteger())).count().incrementAndGet();
            if (accepted.isAfter(latest)) {
                latest = accepted;
            }
        }
        return latest;
    }

    Delivery mailTo(String address) {
        return mail.get(address);
    }

    Delivery smsTo(String phone) {
        return sms.get(phone);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(5_000);
    }
}
