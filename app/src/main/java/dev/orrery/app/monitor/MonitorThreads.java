package dev.orrery.app.monitor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The monitor's background threads (named {@code orrery-monitor-N}, daemon): every runtime call
 * (network, processes, files) runs here, and its result or failure is handed to the FX thread.
 */
final class MonitorThreads implements AutoCloseable {
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService io = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "orrery-monitor-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs {@code work} off the FX thread; then {@code done} or {@code failed} on the FX thread.
     * The returned future completes (off the FX thread) with the work's result.
     */
    <T> CompletableFuture<T> call(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        CompletableFuture<T> f = CompletableFuture.supplyAsync(work, io);
        f.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) {
                done.accept(value);
            } else {
                failed.accept(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        }));
        return f;
    }

    void run(Runnable work) {
        io.execute(work);
    }

    ExecutorService executor() {
        return io;
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
