package dev.orrery.runtime;

/**
 * An operation failed for a reason the user can act on (I/O, a refused submission, a lost
 * connection); the message says what happened and what to do.
 */
public class RuntimeFailure extends RuntimeException {
    public RuntimeFailure(String message) {
        super(message);
    }

    public RuntimeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
