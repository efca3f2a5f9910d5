package dev.orrery.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** What the JavaFX frame-time benchmarks share: running on the FX thread, waiting a pulse, heap and percentiles. */
public final class FxBench {
    private FxBench() {
    }

    /** Runs on the FX thread and waits for it; an exception there fails the benchmark. */
    public static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        f.get(2, TimeUnit.MINUTES);
    }

    /** Waits until the FX thread starts the next pulse (the previous one was rendered by then). */
    public static void nextFrame() throws Exception {
        CountDownLatch tick = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                tick.countDown();
            }
        }.start());
        if (!tick.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("no pulse in 2 minutes");
        }
    }

    /** The p-th percentile (nearest rank) of sorted values. */
    public static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    public static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Heap in use after two full collections, in MB. */
    public static double usedAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }

    /** Starts the pools' peaks afresh, so that {@link #peakHeap()} speaks of what follows (one phase). */
    public static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The heap pools' peaks added up, in MB, since the JVM started or the last {@link #resetPeakHeap()}:
     * an upper bound of the heap's peak (the pools need not peak at the same moment).
     */
    public static double peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }
}
