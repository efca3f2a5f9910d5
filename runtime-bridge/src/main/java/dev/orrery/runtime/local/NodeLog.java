package dev.orrery.runtime.local;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.Subscription;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One node's log: lines are appended to {@code log.txt} and handed to live subscribers. A
 * subscriber first gets the lines already written (all, or the tail) and then, when following,
 * every new line until the node ends; nothing is lost or repeated between the two because both
 * happen under the same lock.
 */
final class NodeLog {
    private final Path file;
    private final List<LogFollower> followers = new CopyOnWriteArrayList<>();
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
                PrivateFiles.createDirectories(file.getParent());
                PrivateFiles.ensureFile(file);
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log " + file + ": " + e.getMessage(), e);
        }
        for (LogFollower f : followers) {
            f.offer(line);
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
        for (LogFollower f : followers) {
            f.end();
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

    /**
     * Delivers the lines written so far (all, or the tail), then, when following, every new line.
     * The file is streamed up to the length it had when the subscription began, never read whole
     * into memory: a step may have printed gigabytes.
     */
    Subscription subscribe(LogOptions options, LogListener listener) {
        long written;
        LogFollower queue = null;
        synchronized (this) {
            try {
                if (writer != null) {
                    writer.flush();
                }
                written = Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                listener.onEnd(e);
                return () -> { };
            }
            if (options.follow() && !ended) {
                queue = new LogFollower();
                followers.add(queue);
            }
        }
        LogFollower registered = queue;
        Subscription delivery = deliver(file, written, options.tailLines(), queue, listener,
                () -> followers.remove(registered));
        return () -> {
            if (registered != null) {
                followers.remove(registered);
            }
            delivery.close();
        };
    }

    /** Delivers a finished log straight from its file. */
    static Subscription replay(Path file, LogOptions options, LogListener listener) {
        return deliver(file, Long.MAX_VALUE, options.tailLines(), null, listener, () -> { });
    }

    private static Subscription deliver(Path file, long limit, int tail, LogFollower queue,
            LogListener listener, Runnable onFailure) {
        Thread t = Thread.ofVirtual().name("orrery-log").start(() -> {
            try {
                streamLines(file, limit, tail, listener::onLine);
                if (queue != null) {
                    while (true) {
                        String line = queue.take();
                        if (line == null) {
                            break;
                        }
                        listener.onLine(line);
                    }
                }
                listener.onEnd(null);
            } catch (IOException e) {
                onFailure.run();
                listener.onEnd(e);
            } catch (InterruptedException e) {
                listener.onEnd(null);
            }
        });
        return t::interrupt;
    }

    /**
     * Hands the lines in the first {@code limit} bytes of the file to {@code sink}: all of them, or
     * only the last {@code tail} (kept in a queue of that many lines while the file streams by).
     */
    static void streamLines(Path file, long limit, int tail, java.util.function.Consumer<String> sink)
            throws IOException, InterruptedException {
        if (!Files.exists(file)) {
            return;
        }
        Deque<String> last = tail > 0 ? new ArrayDeque<>(Math.min(tail, 10_000)) : null;
        try (InputStream in = Files.newInputStream(file);
                BufferedReader r = new BufferedReader(new InputStreamReader(limit == Long.MAX_VALUE ? in
                        : new BoundedInputStream(in, limit), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                if (last == null) {
                    sink.accept(line);
                } else {
                    if (last.size() == tail) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
            }
        }
        if (last != null) {
            for (String line : last) {
                sink.accept(line);
            }
        }
    }

    /** At most {@code limit} bytes of a stream: the part of the log written before a subscription. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** All lines, or the last {@code tail}; for small logs and tests (use {@link #streamLines} otherwise). */
    static List<String> readLines(Path file, int tail) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            streamLines(file, Long.MAX_VALUE, tail, lines::add);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lines;
    }
}
