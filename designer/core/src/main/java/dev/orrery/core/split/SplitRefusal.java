package dev.orrery.core.split;

/** Why one DAG cannot be split as it is; the message completes "cannot split 'NAME': …". */
final class SplitRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SplitRefusal(String message) {
        super(message, null, false, false);
    }
}
