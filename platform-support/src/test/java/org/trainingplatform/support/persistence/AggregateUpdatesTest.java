package org.trainingplatform.support.persistence;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateUpdatesTest {

    final AggregateUpdates updates = new AggregateUpdates();

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
                }));
        holding.await();
        List<CompletableFuture<Integer>> waiting = IntStream.rangeClosed(1, 50).mapToObj(n -> CompletableFuture.supplyAsync(() ->
                updates.batched("class-1", () -> stored, aggregate -> saves.incrementAndGet(), aggregate -> {
                    aggregate.add(n);
                    return n;
                }))).toList();
        awaitQueued(50);
        release.countDown();

        assertThat(first.get()).isEqualTo(1);
        assertThat(waiting.stream().map(CompletableFuture::join)).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(stored).hasSize(51);
        assertThat(saves.get()).as("one save for the first change, one for the fifty that waited").isEqualTo(2);
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

    private void awaitQueued(int count) {
        org.awaitility.Awaitility.await().until(() -> updates.waiting("class-1") >= count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
