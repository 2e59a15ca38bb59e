package dev.careguide.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per guide on a fixed number of threads and hands the results back in the guides' order, so a
 * parallel run logs, reports and writes exactly what a sequential one does. With one thread every task runs on
 * the caller's thread. At most {@code threads} tasks run at once, so whatever a task loads (a guide's catalogs)
 * is held for that many guides only. A task's exception is rethrown, unwrapped, when its result is taken; the
 * tasks not yet started are then cancelled.
 */
final class GuideTasks implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;

    GuideTasks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    /** The results of {@code task} on every item, in the items' order. */
    <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> task) {
        List<R> results = new ArrayList<>(items.size());
        if (pool == null) {
            items.forEach(item -> results.add(task.apply(item)));
            return results;
        }
        List<Future<? extends R>> pending = new ArrayList<>(items.size());
        for (T item : items) {
            pending.add(pool.submit(() -> task.apply(item)));
        }
        for (Future<? extends R> future : pending) {
            results.add(take(future));
        }
        return results;
    }

    private <R> R take(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for a guide", e);
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Cancels the tasks not yet started and waits for the running ones to end, so that nothing a task writes
     * outlives a failure (a temporary directory deleted after it, for one).
     */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "careguide-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
