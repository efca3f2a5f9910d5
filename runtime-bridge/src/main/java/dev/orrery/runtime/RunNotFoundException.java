package dev.orrery.runtime;

/** The runtime has no run with this reference (never existed, or was deleted). */
public final class RunNotFoundException extends RuntimeException {
    private final RunRef ref;

    public RunNotFoundException(RunRef ref) {
        super("no run " + ref.runId() + " in runtime " + ref.runtimeId());
        this.ref = ref;
    }

    public RunRef ref() {
        return ref;
    }
}
