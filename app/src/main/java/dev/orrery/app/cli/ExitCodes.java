package dev.orrery.app.cli;

/** The CLI's exit codes, the same for every command. */
public final class ExitCodes {
    /** Clean: nothing to report (or, for {@code --check}, nothing would change). */
    public static final int OK = 0;
    /** Problems in the input (or, for {@code --check}, the output would change). */
    public static final int PROBLEMS = 1;
    /** Wrong usage, or a file that cannot be read or written. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
