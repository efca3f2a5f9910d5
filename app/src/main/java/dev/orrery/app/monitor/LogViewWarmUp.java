package dev.orrery.app.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Runs the log view's code once before the first log is shown, on an off-screen area on a
 * background thread: ANSI parsing, {@link LogAreaAppender}'s appends, skips and trims, and the
 * area's CSS and layout (RichTextFX's document model, Flowless's virtual flow, the paragraph cells).
 *
 * <p>Why: the first second of a fast log otherwise runs that code interpreted while the JIT
 * compilers compete for the CPU with the producer of the log and the FX and render threads; on the
 * two-core benchmark machine that made frames of 100–240 ms. The area here is in a scene that is
 * never shown, which JavaFX allows off the FX thread, so no frame waits for it; the thread works about an eighth of
 * the time so that it does not starve the FX thread either. It is best effort: a failure only ends
 * it.
 */
final class LogViewWarmUp {
    private static final Logger LOG = Logger.getLogger(LogViewWarmUp.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** How long the warm-up took, in ms, once it has finished (-1 before); for the benchmark's report. */
    private static volatile long tookMillis = -1;
    /** Off by {@code -Dorrery.logWarmUp=false}, to measure what it is worth. */
    private static final String SWITCH = "orrery.logWarmUp";
    /** Appends to run; with the batch sizes below about 27,000 lines. */
    static final int ROUNDS = 240;
    /** Small area bound, so that skips and trims happen often. */
    private static final int MAX_LINES = 4_000;
    /** Idle time per unit of work: an eighth of one core while it runs. */
    private static final int IDLE_FACTOR = 7;

    private LogViewWarmUp() {
    }

    /** Starts the warm-up once per JVM (later calls do nothing). */
    static void startOnce() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(LogViewWarmUp::runQuietly, "orrery-log-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void runQuietly() {
        long start = System.nanoTime();
        try {
            run(ROUNDS, true);
            tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "log view warm-up stopped", e);
        }
    }

    static long tookMillis() {
        return tookMillis;
    }

    /**
     * Runs {@code rounds} appends of generated log lines into a new off-screen area, laying it out
     * after each; with {@code pace}, rests between rounds. Returns the area (for tests).
     */
    static StyleClassedTextArea run(int rounds, boolean pace) throws InterruptedException {
        StyleClassedTextArea area = LogAreaAppender.newLogArea();
        // a scene that is never shown: JavaFX allows building and styling one on any thread, and the
        // new paragraph cells then go through the same CSS as in the monitor
        VirtualizedScrollPane<StyleClassedTextArea> root = new VirtualizedScrollPane<>(area);
        Scene scene = new Scene(root, 900, 300);
        scene.getStylesheets().add(MonitorPane.STYLESHEET);
        root.resize(scene.getWidth(), scene.getHeight()); // no window sizes it
        LogAreaAppender appender = new LogAreaAppender(area, MAX_LINES);
        AnsiText ansi = new AnsiText();
        long line = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            // batch sizes of a fast log and of a slow one; every 20th round a skip, as when lines pour in
            int size = round % 3 == 0 ? 300 : round % 3 == 1 ? 30 : 3;
            List<AnsiText.Parsed> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++, line++) {
                batch.add(ansi.parse(line % 10 == 0
                        ? String.format(Locale.ROOT, "\u001b[1;3%dmwarm-up\u001b[0m line %d", line % 8, line)
                        : "warm-up line " + line + " value " + (1.0 / (line + 1))));
            }
            appender.append(batch, round % 20 == 19 ? 1_000 : 0, true);
            root.applyCss();
            root.layout();
            if (pace) {
                long took = System.nanoTime() - start;
                TimeUnit.NANOSECONDS.sleep(Math.max(TimeUnit.MILLISECONDS.toNanos(1), took * IDLE_FACTOR));
            }
        }
        return area;
    }
}
