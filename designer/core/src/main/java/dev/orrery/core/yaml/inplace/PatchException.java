package dev.orrery.core.yaml.inplace;

/** The text could not be patched in place; the caller rewrites the whole document instead. */
final class PatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PatchException(String message) {
        super(message, null, false, false);
    }
}
