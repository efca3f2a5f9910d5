package dev.orrery.runtime.local;

import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Subscription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Delivers run snapshots to listeners and to the store, on one thread, in order. A new listener
 * first gets the current state of every run; later snapshots older than what it already has are
 * dropped, so it sees each run's revisions in increasing order. Writes to disk are coalesced:
 * the latest snapshot of a run is written when the queue runs dry, at least once a second while
 * changes keep coming, and at once when the run has finished.
 */
final class RunEvents implements AutoCloseable {
    private static final long WRITE_INTERVAL_NANOS = 1_000_000_000L;

    private record Subscribe(Listener listener) {
    }

    private record Unsubscribe(Listener listener) {
    }

    private record Deleted(RunRef ref) {
    }

    private record Barrier(CompletableFuture<Void> done) {
    }

    private static final Object STOP = new Object();

    private static final class Listener {
        final RunListener target;
        final Map<RunRef, Long> seen = new HashMap<>();

        Listener(RunListener target) {
            this.target = target;
        }
    }

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final Map<RunRef, RunState> unwritten = new LinkedHashMap<>();
    private final Map<RunRef, Long> lastWrite = new HashMap<>();
    private final Supplier<Collection<RunState>> current;
    private final Consumer<RunState> writer;
    private final Consumer<RunState> finished;
    private final Thread thread;

    RunEvents(Supplier<Collection<RunState>> current, Consumer<RunState> writer, Consumer<RunState> finished) {
        this.current = current;
        this.writer = writer;
        this.finished = finished;
        this.thread = Thread.ofPlatform().name("orrery-local-events").daemon(true).start(this::loop);
    }

    void publish(RunState state) {
        queue.add(state);
    }

    void deleted(RunRef ref) {
        queue.add(new Deleted(ref));
    }

    Subscription subscribe(RunListener listener) {
        Listener l = new Listener(listener);
        queue.add(new Subscribe(l));
        return () -> queue.add(new Unsubscribe(l));
    }

    /** Completes when everything published before has been delivered and written. */
    CompletableFuture<Void> barrier() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        queue.add(new Barrier(f));
        return f;
    }

    private void loop() {
        while (true) {
            Object e;
            try {
                e = queue.take();
            } catch (InterruptedException ex) {
                flush();
                return;
            }
            if (e == STOP) {
                flush();
                return;
            }
            handle(e);
            if (queue.isEmpty()) {
                flush();
            }
        }
    }

    private void handle(Object e) {
        if (e instanceof RunState s) {
            unwritten.put(s.ref(), s);
            for (Listener l : listeners) {
                deliver(l, s);
            }
            long now = System.nanoTime();
            if (s.phase().isFinished() && s.finishedAt() != null) {
                write(s);
                finished.accept(s);
            } else if (now - lastWrite.getOrDefault(s.ref(), 0L) > WRITE_INTERVAL_NANOS) {
                write(s);
            }
        } else if (e instanceof Subscribe sub) {
            listeners.add(sub.listener());
            for (RunState s : current.get()) {
                deliver(sub.listener(), s);
            }
        } else if (e instanceof Unsubscribe u) {
            listeners.remove(u.listener());
        } else if (e instanceof Deleted d) {
            unwritten.remove(d.ref());
            for (Listener l : listeners) {
                l.seen.remove(d.ref());
                try {
                    l.target.onRunDeleted(d.ref());
                } catch (RuntimeException ex) {
                    report(ex);
                }
            }
        } else if (e instanceof Barrier b) {
            flush();
            b.done().complete(null);
        }
    }

    private void deliver(Listener l, RunState s) {
        Long seen = l.seen.get(s.ref());
        if (seen != null && seen >= s.revision()) {
            return;
        }
        l.seen.put(s.ref(), s.revision());
        try {
            l.target.onRun(s);
        } catch (RuntimeException ex) {
            report(ex);
        }
    }

    private void flush() {
        for (RunState s : new ArrayList<>(unwritten.values())) {
            write(s);
        }
    }

    private void write(RunState s) {
        unwritten.remove(s.ref());
        lastWrite.put(s.ref(), System.nanoTime());
        try {
            writer.accept(s);
        } catch (RuntimeException ex) {
            report(ex);
        }
    }

    private static void report(RuntimeException ex) {
        System.err.println("orrery: a run listener failed: " + ex);
    }

    @Override
    public void close() {
        queue.add(STOP);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
