package org.trainingplatform.notification.message;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.notification.channel.DeliveryFailedException;
import org.trainingplatform.notification.channel.Delivery;
import org.trainingplatform.notification.channel.ProviderCall;
import org.trainingplatform.notification.channel.Providers;
import org.trainingplatform.notification.channel.RejectedException;
import org.trainingplatform.notification.channel.ResilientProvider;
import org.trainingplatform.notification.channel.ResilientProvider.ProviderPausedException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Works off the queue of messages in MongoDB. Each lane (see {@link Message#laneOf}: a sending agency's
 * email or SMS to one share of its recipients) is worked by one thread at a time, strictly in queue
 * order: its oldest message is claimed under a lease, handed to the provider and its outcome recorded
 * before the next is looked at. While the oldest waits for a retry (its provider failing, its circuit
 * open) the lane waits with it, so a recipient's later messages never overtake earlier ones.
 * <p>
 * A message queued sets its lane to work at once. A pass every poll interval starts every lane with a
 * message due (retries), releases SMS held back by quiet hours and recovers messages whose sender
 * stopped mid-send (expired leases).
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final MessageRepository repository;
    private final Providers providers;
    private final DispatchProperties properties;
    private final Clock clock;
    private final Set<String> busyLanes = ConcurrentHashMap.newKeySet();
    private final Set<String> lookAgain = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private ScheduledExecutorService poller;
    private ExecutorService workers;

    Dispatcher(MongoTemplate mongo, MessageRepository repository, Providers providers,
               DispatchProperties properties, Clock clock) {
        this.mongo = mongo;
        this.repository = repository;
        this.providers = providers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A message was queued in the lane: its worker starts, or, if the lane is being worked, looks again
     * before it stops.
     */
    void wake(String lane) {
        if (!running) {
            return;
        }
        if (busyLanes.add(lane)) {
            workers.execute(() -> drain(lane));
        } else {
            lookAgain.add(lane);
        }
    }

    /** Every poll: releases SMS held back by quiet hours, recovers expired leases and starts every lane with a message due. */
    private void pass() {
        try {
            Instant now = clock.instant();
            releaseEndedQuietHours(now);
            recoverExpiredLeases(now);
            dueLanes(now).forEach(this::wake);
        } catch (RuntimeException e) {
            log.warn("Dispatch pass failed, trying again at the next one: {}", e.toString());
        }
    }

    private List<String> dueLanes(Instant now) {
        return mongo.findDistinct(Query.query(where("status").is(MessageStatus.PENDING).and("nextAttemptAt").lte(now)),
                "lane", Message.class, String.class);
    }

    private void drain(String lane) {
        try {
            do {
                lookAgain.remove(lane);
                boolean more = true;
                while (running && more) {
                    more = dispatchOldest(lane);
                }
            } while (running && lookAgain.contains(lane));
        } catch (RuntimeException | Error e) {
            // an Error here is what a crash looks like from the message's side: it stays SENDING until its lease expires
            log.error("Dispatching lane {} stopped: {}; a message being sent stays SENDING until its lease expires",
                    lane, e.toString());
        } finally {
            busyLanes.remove(lane);
            if (lookAgain.remove(lane)) { // queued between the last look and the lane's release
                wake(lane);
            }
        }
    }

    /**
     * Sends the lane's oldest messages in order, a batch read at a time (one query for many sends);
     * false when the lane has nothing more to send now.
     */
    private boolean dispatchOldest(String lane) {
        Query oldest = Query.query(where("lane").is(lane).and("status").in(MessageStatus.PENDING, MessageStatus.SENDING))
                .with(Sort.by("sequence")).limit(BATCH);
        List<Message> batch = mongo.find(oldest, Message.class);
        for (Message message : batch) {
            Instant now = clock.instant();
            if (!running || !message.isDueAt(now)) {
                return false;
            }
            try {
                message.claim(now, properties.lease());
                message = repository.save(message);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                return true;
            }
            if (!deliver(message)) {
                return false;
            }
        }
        return batch.size() == BATCH;
    }

    /** Hands the claimed message over and records the outcome; false when the lane must wait. */
    private boolean deliver(Message message) {
        Instant now = clock.instant();
        Providers.Sending sending = providers.forSender(message.senderAgencyId(), message.channel());
        if (message.channel() == Channel.SMS) {
            Instant allowed = sending.policy().quietHours().nextAllowed(now, message.zone());
            if (allowed.isAfter(now)) {
                message.defer(allowed);
                return record(message);
            }
        }
        ResilientProvider provider = sending.provider();
        List<ProviderCall> calls = new ArrayList<>();
        try {
            Delivery delivery = provider.deliver(message.outgoing(), calls);
            message.sent(calls, provider.name(), delivery.providerMessageId(), clock.instant());
            return record(message);
        } catch (RejectedException e) {
            message.rejected(calls, provider.name(), e.getMessage());
            return record(message);
        } catch (DeliveryFailedException e) {
            log.info("Message {} not taken by {}, will try again: {}", message.id(), provider.name(), e.getMessage());
            message.failedForNow(calls, provider.name(), e, clock.instant(), properties);
            record(message);
            return false;
        } catch (ProviderPausedException e) {
            message.paused(e.pause(), e.getMessage(), calls, provider.name(), clock.instant());
            record(message);
            return false;
        }
    }

    private boolean record(Message message) {
        try {
            repository.save(message);
            return true;
        } catch (OptimisticLockingFailureException e) {
            log.warn("Message {} changed while it was being sent (its lease expired?); its outcome was not recorded",
                    message.id());
            return false;
        }
    }

    private void releaseEndedQuietHours(Instant now) {
        Query ended = Query.query(where("status").is(MessageStatus.DEFERRED).and("nextAttemptAt").lte(now)).limit(BATCH);
        for (Message message : mongo.find(ended, Message.class)) {
            if (message.release(now)) {
                saveQuietly(message);
            }
        }
    }

    private void recoverExpiredLeases(Instant now) {
        Query expired = Query.query(where("status").is(MessageStatus.SENDING).and("leaseUntil").lt(now)).limit(BATCH);
        for (Message message : mongo.find(expired, Message.class)) {
            if (message.leaseExpired(now)) {
                log.warn("Message {} was being sent when its sender stopped: {}", message.id(), message.status());
                saveQuietly(message);
            }
        }
    }

    private void saveQuietly(Message message) {
        try {
            repository.save(message);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // another instance got there first
        }
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        poller = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "dispatch-poller"));
        workers = Executors.newFixedThreadPool(properties.workers(),
                task -> daemon(task, "dispatch-worker-" + threads.incrementAndGet()));
        running = true;
        poller.scheduleWithFixedDelay(this::pass, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Stops taking messages; one being sent finishes (or is recovered by its lease at the next start). */
    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
