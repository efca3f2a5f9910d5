package dev.orrery.core.yaml;

/**
 * A YAML text could not be read: bad syntax, a refused construct (alias bomb, excessive nesting,
 * duplicate key) or an input over the size limit.
 *
 * <p>Checked on purpose: every caller that reads user files must turn this into a diagnostic.
 * {@link #problem()} is a short human sentence without SnakeYAML's multi-line snippets, so it can go
 * straight into a Problems view next to {@link #line()} and {@link #column()}.
 */
public final class YamlSyntaxException extends Exception {

    private final String problem;
    private final int line;
    private final int column;

    /**
     * @param problem human message, e.g. "mapping values are not allowed here"
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     */
    public YamlSyntaxException(String problem, int line, int column) {
        this(problem, line, column, null);
    }

    public YamlSyntaxException(String problem, int line, int column, Throwable cause) {
        super(format(problem, line, column), cause);
        this.problem = problem;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
    }

    /** The message without location, e.g. "mapping values are not allowed here". */
    public String problem() {
        return problem;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, 0 when unknown. */
    public int column() {
        return column;
    }

    private static String format(String problem, int line, int column) {
        if (line <= 0) {
            return problem;
        }
        return column > 0
                ? "line " + line + ", column " + column + ": " + problem
                : "line " + line + ": " + problem;
    }
}
