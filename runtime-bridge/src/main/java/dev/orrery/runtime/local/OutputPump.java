package dev.orrery.runtime.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Moves one output stream of a step (stdout or stderr) into the node's log, line by line, in
 * bounded memory whatever the step prints: a line longer than {@link #MAX_LINE_BYTES} goes to the
 * log in pieces, and only the first {@code captureBytes} of the stream are kept (stdout's become
 * {@code outputs.result}). A failure (a log that cannot be written, even an {@link Error}) is kept
 * for the step to report, and the rest of the stream is drained so the process never blocks on a
 * full pipe.
 */
final class OutputPump {
    /** Longest log line; longer lines are split (a line-less stream never piles up in memory). */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private final InputStream in;
    private final NodeLog log;
    private final byte[] captured;
    private int capturedLength;
    private final byte[] line = new byte[MAX_LINE_BYTES];
    private int lineLength;
    private boolean afterCarriageReturn;
    private volatile Throwable failure;
    private final Thread thread;

    private OutputPump(InputStream in, NodeLog log, int captureBytes, String name) {
        this.in = in;
        this.log = log;
        this.captured = new byte[captureBytes];
        this.thread = Thread.ofVirtual().name(name).unstarted(this::pump);
    }

    /** Starts pumping; keeps the first {@code captureBytes} bytes of the stream (0: none). */
    static OutputPump start(InputStream in, NodeLog log, int captureBytes, String name) {
        OutputPump p = new OutputPump(in, log, captureBytes, name);
        p.thread.start();
        return p;
    }

    boolean join(Duration d) throws InterruptedException {
        return thread.join(d);
    }

    void join() throws InterruptedException {
        thread.join();
    }

    /** What went wrong while pumping, or null. */
    Throwable failure() {
        return failure;
    }

    /** The captured start of the stream as text, stripped; a character cut at the end is dropped. */
    String captured() {
        return new String(captured, 0, charBoundary(captured, capturedLength), StandardCharsets.UTF_8).strip();
    }

    private void pump() {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                capture(buf, n);
                for (int i = 0; i < n; i++) {
                    accept(buf[i]);
                }
                if (in.available() == 0) {
                    log.flush(); // nothing more for now: keep log.txt current for readers and crashes
                }
            }
            if (lineLength > 0) {
                emit();
            }
        } catch (Throwable e) {
            failure = e;
            drain();
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                // already at its end
            }
        }
    }

    private void capture(byte[] buf, int n) {
        int room = captured.length - capturedLength;
        if (room > 0) {
            int k = Math.min(room, n);
            System.arraycopy(buf, 0, captured, capturedLength, k);
            capturedLength += k;
        }
    }

    private void accept(byte b) {
        if (b == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false; // the second half of "\r\n"
            return;
        }
        afterCarriageReturn = b == '\r';
        if (b == '\n' || b == '\r') {
            emit();
            return;
        }
        if (lineLength == line.length) {
            int cut = charBoundary(line, lineLength);
            String piece = new String(line, 0, cut, StandardCharsets.UTF_8);
            System.arraycopy(line, cut, line, 0, lineLength - cut);
            lineLength -= cut;
            log.append(piece);
        }
        line[lineLength++] = b;
    }

    private void emit() {
        log.append(new String(line, 0, lineLength, StandardCharsets.UTF_8));
        lineLength = 0;
    }

    /** The largest length ≤ n that does not end inside a UTF-8 character. */
    static int charBoundary(byte[] b, int n) {
        int i = n;
        // step back over continuation bytes to the lead byte of the last character
        while (i > 0 && n - i < 4 && (b[i - 1] & 0xC0) == 0x80) {
            i--;
        }
        if (i == 0 || (b[i - 1] & 0x80) == 0) {
            return n; // plain ASCII at the end, or nothing to judge
        }
        int lead = b[i - 1] & 0xFF;
        int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        int have = n - (i - 1);
        return have >= size ? n : i - 1;
    }

    private void drain() {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (Throwable e) {
            // the stream is closed or broken (or memory ran out again): the first failure is reported
        }
    }
}
