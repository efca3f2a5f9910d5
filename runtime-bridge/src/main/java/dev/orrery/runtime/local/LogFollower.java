package dev.orrery.runtime.local;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lines waiting for one live log subscriber. A subscriber slower than the step (a step may
 * print gigabytes) must not make Orrery hold its output: past {@link #MAX_PENDING_CHARS} waiting,
 * new lines are counted instead of kept, and one line says how many were left out ({@code log.txt}
 * has them all).
 */
final class LogFollower {
    /** Characters that may wait for a subscriber (about 8 MiB). */
    static final int MAX_PENDING_CHARS = 4 * 1024 * 1024;
    private static final String END = new String("\u0000end");

    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final AtomicLong pendingChars = new AtomicLong();
    private long skipped; // only touched under the NodeLog's lock

    /** Queues a line, or counts it when too much is waiting; called under the log's lock. */
    void offer(String line) {
        if (pendingChars.get() + line.length() > MAX_PENDING_CHARS) {
            skipped++;
            return;
        }
        flushSkipped();
        put(line);
    }

    /** No more lines; called under the log's lock. */
    void end() {
        flushSkipped();
        queue.add(END);
    }

    /** The next line, or null at the end. */
    String take() throws InterruptedException {
        String line = queue.take();
        if (line == END) {
            return null;
        }
        pendingChars.addAndGet(-line.length());
        return line;
    }

    private void flushSkipped() {
        if (skipped > 0) {
            put("[orrery] " + skipped + (skipped == 1 ? " line" : " lines") + " left out here (the viewer fell behind);"
                    + " log.txt has every line");
            skipped = 0;
        }
    }

    private void put(String line) {
        pendingChars.addAndGet(line.length());
        queue.add(line);
    }
}
