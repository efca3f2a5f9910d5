package dev.orrery.runtime;

/**
 * Receives run snapshots on a runtime thread. The first calls after subscribing deliver the current
 * state of every known run, then one call per change. Implementations must return quickly (post
 * the change elsewhere); a listener that throws is logged and kept.
 */
@FunctionalInterface
public interface RunListener {
    void onRun(RunState state);

    /**
     * The connection to the engine was lost (or came back, with {@code problem} null); the runtime
     * keeps retrying on its own and, once back, delivers every run that changed meanwhile.
     */
    default void onConnectionProblem(String problem) {
    }

    /** The run was deleted. */
    default void onRunDeleted(RunRef ref) {
    }
}
