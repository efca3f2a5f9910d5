package dev.orrery.runtime.local;

import dev.orrery.core.model.Template;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argo's template-level {@code parallelism} of a graph: at most that many of its steps (each item of
 * a fan-out counting as one) run at once within one invocation of the graph. Argo has no such limit
 * on a single task's loop, so a sweep's limit is its graph's. Without the field, the gate is open;
 * the run's own parallelism (its slots) applies either way.
 */
final class Gate {
    private static final Gate OPEN = new Gate(null);

    private final Semaphore permits;

    private Gate(Semaphore permits) {
        this.permits = permits;
    }

    static Gate of(Template graph) {
        int limit = graph.extra.path("parallelism").asInt(0);
        return limit > 0 ? new Gate(new Semaphore(limit, true)) : OPEN;
    }

    <T> T through(Supplier<T> work) {
        if (permits == null) {
            return work.get();
        }
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
