package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GuideTasksTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsComeBackInTheItemsOrderWhateverTheirFinishingOrder() {
        try (GuideTasks tasks = new GuideTasks(4)) {
            List<Integer> results = tasks.map(ITEMS, i -> {
                sleep(i % 7 == 0 ? 3 : 0);
                return i * 2;
            });
            assertThat(results)
                    .containsExactlyElementsOf(ITEMS.stream().map(i -> i * 2).toList());
        }
    }

    @Test
    void severalThreadsWorkAtOnce() {
        var threads = ConcurrentHashMap.<String>newKeySet();
        try (GuideTasks tasks = new GuideTasks(3)) {
            tasks.map(ITEMS, i -> {
                threads.add(Thread.currentThread().getName());
                sleep(1);
                return i;
            });
        }
        assertThat(threads).hasSizeGreaterThan(1).allMatch(name -> name.startsWith("careguide-"));
    }

    @Test
    void oneThreadRunsEveryTaskOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        try (GuideTasks tasks = new GuideTasks(1)) {
            assertThat(tasks.map(ITEMS, i -> Thread.currentThread().getName())).containsOnly(caller);
        }
    }

    @Test
    void aTasksExceptionIsRethrownUnwrappedWhenItsResultIsTaken() {
        try (GuideTasks tasks = new GuideTasks(2)) {
            assertThatThrownBy(() -> tasks.map(ITEMS, i -> {
                        if (i == 17) {
                            throw new DiagnosticException(Diagnostic.error("guide-17", 3, 4, "bad", "broken"));
                        }
                        return i;
                    }))
                    .isInstanceOf(DiagnosticException.class)
                    .hasMessageContaining("guide-17:3:4");
        }
    }

    @Test
    void afterAFailureNoTaskIsStillRunningAndTheRestAreCancelled() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        try (GuideTasks tasks = new GuideTasks(2)) {
            assertThatThrownBy(() -> tasks.map(ITEMS, i -> {
                        started.incrementAndGet();
                        running.incrementAndGet();
                        try {
                            sleep(2);
                            if (i == 3) {
                                throw new IllegalStateException("guide 3 failed");
                            }
                            return i;
                        } finally {
                            running.decrementAndGet();
                        }
                    }))
                    .hasMessage("guide 3 failed");
            assertThat(running.get()).isZero();
            assertThat(started.get()).isLessThan(ITEMS.size());
        }
    }

    @Test
    void fewerThanOneThreadIsRejected() {
        assertThatThrownBy(() -> new GuideTasks(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
