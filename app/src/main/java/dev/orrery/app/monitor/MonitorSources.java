package dev.orrery.app.monitor;

import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.Subscription;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The runtimes the monitor watches: this computer (always, started in the background) and at most
 * one cluster connection. Their watch callbacks only post into the {@link RunsModel}; connection
 * trouble is reported through {@link #onProblem}. Runtime calls happen on {@link MonitorThreads}.
 */
final class MonitorSources implements AutoCloseable {
    private final MonitorThreads threads;
    private final RunsModel model;
    private final Map<String, Runtime> runtimes = new ConcurrentHashMap<>();
    private final Map<String, Subscription> watches = new ConcurrentHashMap<>();
    private final CompletableFuture<Runtime> local;
    private final ReadOnlyObjectWrapper<Runtime> cluster = new ReadOnlyObjectWrapper<>(this, "cluster");
    private Consumer<String> onProblem = m -> { };

    MonitorSources(MonitorThreads threads, RunsModel model, Supplier<? extends Runtime> localFactory) {
        this.threads = threads;
        this.model = model;
        this.local = CompletableFuture.supplyAsync(() -> {
            Runtime r = localFactory.get();
            attach(r);
            return r;
        }, threads.executor());
        local.exceptionally(e -> {
            Platform.runLater(() -> onProblem.accept(UserMessages.of("Starting runs on this computer", e)));
            return null;
        });
    }

    /** Receives connection problems on the FX thread (null message: the connection is back). */
    void setOnProblem(Consumer<String> handler) {
        this.onProblem = handler;
    }

    /** The local runtime, once started (completes off the FX thread). */
    CompletableFuture<Runtime> local() {
        return local;
    }

    ReadOnlyObjectProperty<Runtime> clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    Optional<Runtime> runtimeOf(RunRef ref) {
        return Optional.ofNullable(runtimes.get(ref.runtimeId()));
    }

    Runtime require(RunRef ref) {
        return runtimeOf(ref).orElseThrow(() -> new RuntimeFailure("the source of run " + ref.runId()
                + " is not connected any more"));
    }

    /**
     * Connects a cluster runtime made by {@code factory} off the FX thread, checks it answers (lists
     * the runs), then watches it; replaces the previous cluster connection. {@code done} and
     * {@code failed} run on the FX thread.
     */
    void connect(Supplier<? extends Runtime> factory, Consumer<Runtime> done, Consumer<Throwable> failed) {
        threads.call(() -> {
            Runtime r = factory.get();
            try {
                r.list();
            } catch (RuntimeException e) {
                r.close();
                throw e;
            }
            return r;
        }, r -> {
            disconnect();
            cluster.set(r);
            threads.run(() -> attach(r));
            done.accept(r);
        }, failed);
    }

    /** Forgets the cluster connection and its runs (FX thread); closing happens in the background. */
    void disconnect() {
        Runtime old = cluster.get();
        if (old == null) {
            return;
        }
        cluster.set(null);
        runtimes.remove(old.id());
        model.removeSource(old.id());
        Subscription s = watches.remove(old.id());
        threads.run(() -> {
            if (s != null) {
                s.close();
            }
            old.close();
        });
    }

    private void attach(Runtime r) {
        runtimes.put(r.id(), r);
        watches.put(r.id(), r.watch(new RunListener() {
            @Override
            public void onRun(RunState state) {
                model.post(state);
            }

            @Override
            public void onRunDeleted(RunRef ref) {
                model.postDeleted(ref);
            }

            @Override
            public void onConnectionProblem(String problem) {
                Platform.runLater(() -> onProblem.accept(problem == null ? null
                        : r.displayName() + ": " + problem));
            }
        }));
    }

    @Override
    public void close() {
        watches.values().forEach(Subscription::close);
        watches.clear();
        runtimes.values().forEach(Runtime::close);
        runtimes.clear();
    }
}
