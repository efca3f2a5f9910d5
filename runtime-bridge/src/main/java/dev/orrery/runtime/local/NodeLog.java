package dev.orrery.runtime.local;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.Subscription;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One node's log: lines are appended to {@code log.txt} and handed to live subscribers. A
 * subscriber first gets the lines already written (all, or the tail) and then, when following,
 * every new line until the node ends; nothing is lost or repeated between the two because both
 * happen under the same lock.
 */
final class NodeLog {
    private static final String END = new String("\u0000end");

    private final Path file;
    private final List<BlockingQueue<String>> followers = new CopyOnWriteArrayList<>();
    private BufferedWriter writer;
    private boolean ended;

    NodeLog(Path file) {
        this.file = file;
    }

    synchronized void append(String line) {
        if (ended) {
            return;
        }
        try {
            if (writer == null) {
                Files.createDirectories(file.getParent());
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log " + file + ": " + e.getMessage(), e);
        }
        for (BlockingQueue<String> q : followers) {
            q.add(line);
        }
    }

    /** Pushes buffered lines to the file (called when the step goes quiet, so the file stays current). */
    synchronized void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                // the next append reports a broken file
            }
        }
    }

    /** No more lines: closes the file and ends every follower. */
    synchronized void end() {
        if (ended) {
            return;
        }
        ended = true;
        closeWriter();
        for (BlockingQueue<String> q : followers) {
            q.add(END);
        }
        followers.clear();
    }

    private void closeWriter() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // the lines already went to followers; the file keeps what it got
            }
            writer = null;
        }
    }

    Subscription subscribe(LogOptions options, LogListener listener) {
        List<String> existing;
        BlockingQueue<String> queue = null;
        synchronized (this) {
            try {
                if (writer != null) {
                    writer.flush();
                }
                existing = readLines(file, options.tailLines());
            } catch (IOException e) {
                listener.onEnd(e);
                return () -> { };
            }
            if (options.follow() && !ended) {
                queue = new LinkedBlockingQueue<>();
                followers.add(queue);
            }
        }
        Subscription delivery = deliver(existing, queue, listener);
        BlockingQueue<String> registered = queue;
        return () -> {
            if (registered != null) {
                followers.remove(registered);
            }
            delivery.close();
        };
    }

    /** Delivers a finished log straight from its file. */
    static Subscription replay(Path file, LogOptions options, LogListener listener) {
        try {
            return deliver(readLines(file, options.tailLines()), null, listener);
        } catch (IOException e) {
            listener.onEnd(e);
            return () -> { };
        }
    }

    private static Subscription deliver(List<String> existing, BlockingQueue<String> queue, LogListener listener) {
        Thread t = Thread.ofVirtual().name("orrery-log").start(() -> {
            try {
                for (String line : existing) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    listener.onLine(line);
                }
                if (queue != null) {
                    while (true) {
                        String line = queue.take();
                        if (line == END) {
                            break;
                        }
                        listener.onLine(line);
                    }
                }
                listener.onEnd(null);
            } catch (InterruptedException e) {
                listener.onEnd(null);
            }
        });
        return t::interrupt;
    }

    static List<String> readLines(Path file, int tail) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        if (tail <= 0) {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        Deque<String> last = new ArrayDeque<>(tail);
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
                if (last.size() == tail) {
                    last.removeFirst();
                }
                last.addLast(l);
            });
        }
        return new ArrayList<>(last);
    }
}
