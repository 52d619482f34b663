package org.trainingplatform.support.persistence;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.concurrent.locks.ReentrantLock;
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
}
