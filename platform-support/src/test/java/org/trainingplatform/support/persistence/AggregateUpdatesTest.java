package org.trainingplatform.support.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateUpdatesTest {

    final AggregateUpdates updates = new AggregateUpdates();
    /** One thread per waiting change, as a server's request threads are. */
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void changesWaitingTogetherShareOneReadAndOneSaveAndKeepTheirOrderAndResults() throws Exception {
        List<Integer> stored = new CopyOnWriteArrayList<>();
        AtomicInteger saves = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> updates.batched("class-1", () -> stored,
                aggregate -> saves.incrementAndGet(), aggregate -> {
                    holding.countDown();
                    await(release);
                    aggregate.add(0);
                    return aggregate.size();
                }), threads);
        holding.await();
        List<CompletableFuture<Integer>> waiting = IntStream.rangeClosed(1, 50).mapToObj(n -> CompletableFuture.supplyAsync(() ->
                updates.batched("class-1", () -> stored, aggregate -> saves.incrementAndGet(), aggregate -> {
                    aggregate.add(n);
                    return n;
                }), threads)).toList();
        awaitQueued("class-1", 50);
        release.countDown();

        assertThat(first.get()).isEqualTo(1);
        assertThat(waiting.stream().map(CompletableFuture::join)).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(stored).hasSize(51);
        assertThat(saves.get()).as("one save for the first change, one for the fifty that waited").isEqualTo(2);
    }

    @Test
    void aChangeSavedWithOthersReturnsAtOnceWithoutWaitingForTheAggregatesNextTurn() throws Exception {
        List<Integer> stored = new CopyOnWriteArrayList<>();
        AtomicInteger saves = new AtomicInteger();
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondSaving = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        CountDownLatch releaseThird = new CountDownLatch(1);
        Consumer<List<Integer>> save = aggregate -> {
            int count = saves.incrementAndGet();
            if (count == 2) {
                secondSaving.countDown();
                await(releaseSecond);
            } else if (count == 3) {
                await(releaseThird);
            }
        };
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> updates.batched("class-3", () -> stored, save,
                aggregate -> {
                    firstApplied.countDown();
                    await(releaseFirst);
                    return 0;
                }), threads);
        firstApplied.await();
        List<CompletableFuture<Integer>> second = IntStream.rangeClosed(1, 5).mapToObj(n -> CompletableFuture.supplyAsync(() ->
                updates.batched("class-3", () -> stored, save, aggregate -> n), threads)).toList();
        awaitQueued("class-3", 5);
        releaseFirst.countDown();
        secondSaving.await();
        CompletableFuture<Integer> third = CompletableFuture.supplyAsync(() -> updates.batched("class-3", () -> stored, save,
                aggregate -> 6), threads);
        awaitQueued("class-3", 1);
        releaseSecond.countDown();

        // the third save is held up: the five saved together with the second save have their answers all the same
        CompletableFuture.allOf(second.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(third).isNotDone();
        releaseThird.countDown();
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(6);
        assertThat(first.get()).isZero();
        assertThat(saves.get()).isEqualTo(3);
    }

    @Test
    void aWriteThatMustNotWaitRunsWhileAnUpdateHoldsTheAggregate() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> updates.update("class-4", () -> {
            holding.countDown();
            await(release);
            return "saved";
        }), threads);
        holding.await();

        CompletableFuture<String> prompt = CompletableFuture.supplyAsync(() -> updates.updateWithoutWaiting(
                List.of("class-4", "class-5"), () -> "removed"), threads);
        assertThat(prompt.get(5, TimeUnit.SECONDS)).isEqualTo("removed");
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("saved");
        assertThat(CompletableFuture.supplyAsync(() -> updates.update("class-5", () -> "free again"),
                command -> new Thread(command).start()).get(5, TimeUnit.SECONDS))
                .as("the write gave back the turns it took").isEqualTo("free again");
    }

    @Test
    void aChangeThatFailsFailsAloneAndALostRaceIsRunAgainOnFreshState() {
        List<String> saved = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        String ok = updates.batched("class-2", () -> {
            reads.incrementAndGet();
            return saved;
        }, aggregate -> {
            if (reads.get() == 1) {
                throw new OptimisticLockingFailureException("another process saved first");
            }
        }, aggregate -> "ok");
        assertThat(ok).isEqualTo("ok");
        assertThat(reads.get()).isEqualTo(2);

        assertThatThrownBy(() -> updates.batched("class-2", () -> saved, aggregate -> { }, aggregate -> {
            throw new IllegalArgumentException("not eligible");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("not eligible");
    }

    private void awaitQueued(String id, int count) {
        org.awaitility.Awaitility.await().until(() -> updates.waiting(id) >= count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
