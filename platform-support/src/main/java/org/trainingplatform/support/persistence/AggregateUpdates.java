package org.trainingplatform.support.persistence;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    private final Map<Object, Queue<Change<?, ?>>> queued = new ConcurrentHashMap<>();

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
     * Applies a change that may share its read and save with the changes of the same aggregate that
     * are waiting at the same time (group commit): whoever gets the aggregate's turn reads it once,
     * applies every waiting change in the order they came, and saves once. A change that fails fails
     * alone; the others are saved. Under load this turns hundreds of writes of one document into a few.
     */
    public <A, R> R batched(Object id, Supplier<A> load, Consumer<A> save, Function<A, R> change) {
        Change<A, R> mine = new Change<>(change);
        queued.computeIfAbsent(id, key -> new ConcurrentLinkedQueue<>()).add(mine);
        update(id, () -> {
            List<Change<A, ?>> batch = drain(id);
            if (!batch.isEmpty()) {
                commit(batch, load, save);
            }
            return null;
        });
        return mine.outcome();
    }

    /** How many changes of the aggregate wait for their turn. */
    int waiting(Object id) {
        Queue<Change<?, ?>> queue = queued.get(id);
        return queue == null ? 0 : queue.size();
    }

    @SuppressWarnings("unchecked")
    private <A> List<Change<A, ?>> drain(Object id) {
        List<Change<A, ?>> batch = new ArrayList<>();
        Queue<Change<?, ?>> queue = queued.get(id);
        for (Change<?, ?> change = queue.poll(); change != null; change = queue.poll()) {
            batch.add((Change<A, ?>) change);
        }
        return batch;
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
