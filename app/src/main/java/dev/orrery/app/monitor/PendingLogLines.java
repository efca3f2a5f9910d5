package dev.orrery.app.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Parsed log lines waiting to be shown, bounded: a runtime thread adds, the FX thread takes. When
 * it is full, each new line drops the oldest waiting one, and the drops are counted for the view's
 * "lines not shown here" marker (the spool file has every line).
 *
 * <p>Why bounded here rather than when the FX thread drains: a log arriving faster than the view
 * appends it (the benchmark's producer delivers 400,000 lines a second) otherwise piled up 200,000
 * parsed lines between two appends, all live, and G1 copied them in young pauses of 40–170 ms —
 * long frames of their own. Dropped at once, they die young.
 */
final class PendingLogLines {
    private final AnsiText.Parsed[] ring;
    private int head;
    private int size;
    private int dropped;

    /** One take: the lines, oldest first, and how many lines were dropped before them. */
    record Batch(List<AnsiText.Parsed> lines, int dropped) {
    }

    PendingLogLines(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        ring = new AnsiText.Parsed[capacity];
    }

    synchronized void add(AnsiText.Parsed line) {
        if (size == ring.length) {
            ring[head] = line;
            head = (head + 1) % ring.length;
            dropped++;
        } else {
            ring[(head + size) % ring.length] = line;
            size++;
        }
    }

    /** Takes up to {@code max} of the oldest waiting lines, with the count of lines dropped before them. */
    synchronized Batch take(int max) {
        int n = Math.min(max, size);
        List<AnsiText.Parsed> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(ring[head]);
            ring[head] = null;
            head = (head + 1) % ring.length;
        }
        size -= n;
        Batch batch = new Batch(lines, dropped);
        dropped = 0;
        return batch;
    }

    synchronized boolean isEmpty() {
        return size == 0 && dropped == 0;
    }

    synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        head = 0;
        size = 0;
        dropped = 0;
    }
}
