package org.trainingplatform.support.persistence;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs read-change-save cycles on one aggregate at a time. Within this process, updates of the same
 * aggregate wait for each other (so a hot aggregate, such as a class taking hundreds of nominations at
 * once, is not hammered by doomed attempts); across processes the aggregate's version decides, and an
 * update that lost the race is run again on fresh state.
 */
public class AggregateUpdates {

    private static final int STRIPES = 64;
    private static final int ATTEMPTS = 10;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Map<Object, Waiting> queued = new ConcurrentHashMap<>();

    public AggregateUpdates() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    /** Runs {@code update} (which reads, changes and saves the aggregate {@code id}) until it wins. */
    public <T> T update(Object id, Supplier<T> update) {
        ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return update.get();
                } catch (OptimisticLockingFailureException lostRace) {
                    if (attempt == ATTEMPTS) {
                        throw lostRace;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a single write of the aggregates {@code ids} that must not wait: in the turn of each of them that no
     * update is running on, so that its next update reads what the write did; at once for the others, and
     * their version settles the race (the running update loses it and is run again on fresh state).
     */
    public <T> T updateWithoutWaiting(Collection<?> ids, Supplier<T> write) {
        List<ReentrantLock> taken = new ArrayList<>();
        try {
            for (Object id : ids) {
                ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
                if (lock.tryLock()) {
                    taken.add(lock);
                }
            }
            return write.get();
        } finally {
            taken.forEach(ReentrantLock::unlock);
        }
    }

    /**
     * Applies a change that may share its read and save with the changes of the same aggregate that
     * are waiting at the same time (group commit): one of the waiting threads leads, and while changes
     * keep coming it reads the aggregate once, applies every waiting change in the order they came, and
     * saves once (each save in the aggregate's turn, as {@link #update} takes it). The others wait for
     * their own outcome only, so each returns as soon as its change is saved. A change that fails fails
     * alone; the others are saved. Under load this turns hundreds of writes of one document into a few.
     */
    public <A, R> R batched(Object id, Supplier<A> load, Consumer<A> save, Function<A, R> change) {
        Change<A, R> mine = new Change<>(change);
        Waiting waiting = queued.computeIfAbsent(id, key -> new Waiting());
        waiting.changes.add(mine);
        // a leader re-checks after stepping down, so a change queued while it was stepping down is not left behind
        while (!waiting.changes.isEmpty() && waiting.leader.compareAndSet(false, true)) {
            try {
                for (List<Change<A, ?>> batch = waiting.drain(); !batch.isEmpty(); batch = waiting.drain()) {
                    List<Change<A, ?>> changes = batch;
                    update(id, () -> {
                        commit(changes, load, save);
                        return null;
                    });
                }
            } finally {
                waiting.leader.set(false);
            }
        }
        return mine.outcome();
    }

    /** How many changes of the aggregate wait for their turn. */
    int waiting(Object id) {
        Waiting waiting = queued.get(id);
        return waiting == null ? 0 : waiting.changes.size();
    }

    private static <A> void commit(List<Change<A, ?>> batch, Supplier<A> load, Consumer<A> save) {
        for (int attempt = 1; ; attempt++) {
            try {
                A aggregate = load.get();
                batch.forEach(change -> change.applyTo(aggregate));
                if (batch.stream().anyMatch(Change::succeeded)) {
                    save.accept(aggregate);
                }
                batch.forEach(Change::complete);
                return;
            } catch (OptimisticLockingFailureException lostRace) {
                if (attempt == ATTEMPTS) {
                    batch.forEach(change -> change.fail(lostRace));
                    return;
                }
            } catch (RuntimeException unreadable) {
                batch.forEach(change -> change.fail(unreadable));
                return;
            }
        }
    }

    /** The changes of one aggregate waiting to be applied, and whether a thread is applying them. */
    private static final class Waiting {

        private final Queue<Change<?, ?>> changes = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean leader = new AtomicBoolean();

        @SuppressWarnings("unchecked")
        <A> List<Change<A, ?>> drain() {
            List<Change<A, ?>> batch = new ArrayList<>();
            for (Change<?, ?> change = changes.poll(); change != null; change = changes.poll()) {
                batch.add((Change<A, ?>) change);
            }
            return batch;
        }
    }

    /** One waiting change and, once applied and saved, its result or its failure. */
    private static final class Change<A, R> {

        private final Function<A, R> change;
        private final CompletableFuture<R> outcome = new CompletableFuture<>();
        private R result;
        private RuntimeException failure;

        Change(Function<A, R> change) {
            this.change = change;
        }

        void applyTo(A aggregate) {
            result = null;
            failure = null;
            try {
                result = change.apply(aggregate);
            } catch (RuntimeException refused) {
                failure = refused;
            }
        }

        boolean succeeded() {
            return failure == null;
        }

        void complete() {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            } else {
                outcome.complete(result);
            }
        }

        void fail(RuntimeException e) {
            outcome.completeExceptionally(e);
        }

        R outcome() {
            try {
                return outcome.join();
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
    }
}
