package dev.orrery.app.cli;

/** One side of {@code orrery diff} cannot be read: the message says which and why (exit 2). */
public final class DiffInputException extends Exception {
    private static final long serialVersionUID = 1L;

    DiffInputException(String message) {
        super(message);
    }
}
