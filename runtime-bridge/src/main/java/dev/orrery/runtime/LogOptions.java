package dev.orrery.runtime;

/**
 * Which log lines to deliver.
 *
 * @param follow keep delivering new lines until the node finishes (or the subscription closes)
 * @param tailLines start with the last N lines; 0 or less means from the start
 */
public record LogOptions(boolean follow, int tailLines) {
    public static final LogOptions FROM_START = new LogOptions(false, 0);
    public static final LogOptions FOLLOW = new LogOptions(true, 0);

    public static LogOptions tail(int lines, boolean follow) {
        return new LogOptions(follow, lines);
    }

    public boolean fromStart() {
        return tailLines <= 0;
    }
}
