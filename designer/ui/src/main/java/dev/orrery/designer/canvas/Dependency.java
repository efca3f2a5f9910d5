package dev.orrery.designer.canvas;

/** One edge of the canvas: step {@code to} runs after step {@code from}. */
public record Dependency(String from, String to) {
    @Override
    public String toString() {
        return from + " → " + to;
    }
}
