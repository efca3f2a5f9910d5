package dev.orrery.runtime;

/**
 * Receives a node's log lines, in order, on a runtime thread (never the FX thread: a UI hops).
 * After {@link #onEnd(Throwable)} no more calls come.
 */
public interface LogListener {
    void onLine(String line);

    /** The log ended (node finished, or not following), or failed with {@code error}; error is null on a normal end. */
    default void onEnd(Throwable error) {
    }
}
