package dev.orrery.runtime;

/** The runtime does not offer this operation (e.g. suspending a local run); say so, do not pretend. */
public final class UnsupportedRunOperationException extends UnsupportedOperationException {
    private final String operation;
    private final String runtimeId;

    public UnsupportedRunOperationException(String operation, String runtimeId, String why) {
        super(operation + " is not supported by runtime '" + runtimeId + "'" + (why == null ? "" : ": " + why));
        this.operation = operation;
        this.runtimeId = runtimeId;
    }

    public String operation() {
        return operation;
    }

    public String runtimeId() {
        return runtimeId;
    }
}
