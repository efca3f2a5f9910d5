package dev.orrery.app.monitor;

import dev.orrery.core.text.Counts;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.Subscription;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A step's log: lines arrive on a runtime thread into a bounded buffer (and a spool file holding the
 * whole log); at most every {@link #REFRESH_PERIOD_NANOS} the buffer is drained into a RichTextFX
 * area in one append, ANSI colours as style classes. Only the last {@code maxLines} lines stay in
 * the view; "Save full log…" copies the spool file.
 */
final class LogView extends BorderPane {
    static final int DEFAULT_MAX_LINES = 50_000;
    /**
     * FX-thread time a pulse should spend appending lines (parsing, RichTextFX's append and styling);
     * the number of lines per pulse adapts to it, and the rest wait for the next pulse.
     */
    private static final long PULSE_BUDGET_NANOS = 4_000_000;
    /**
     * Shortest time between two appends while lines pour in. In follow mode every append replaces
     * all visible paragraphs, and RichTextFX's virtual flow rebuilds their cells (10–40 ms of layout
     * on the benchmark machine, with little dependence on the number of lines appended); at most ten
     * appends a second leave the other pulses free. A line arriving after a quiet spell is shown at
     * the next pulse.
     */
    static final long REFRESH_PERIOD_NANOS = 100_000_000L;
    /** Starts small: the first appends run RichTextFX's code cold (several times slower). */
    private int linesPerPulse = 200;
    private long lastAppend;

    private final MonitorThreads threads;
    private final Consumer<String> onError;
    private final int maxLines;
    private final StyleClassedTextArea area = LogAreaAppender.newLogArea();
    private final ToggleButton follow = new ToggleButton("Follow", new FontIcon("mdi2a-arrow-collapse-down"));
    private final TextField search = new TextField();
    private final Label status = new Label("No step selected");
    private final AnimationTimer pulse;
    private Session session;
    private final LogAreaAppender appender;

    LogView(MonitorThreads threads, Consumer<String> onError) {
        this(threads, onError, DEFAULT_MAX_LINES);
    }

    LogView(MonitorThreads threads, Consumer<String> onError, int maxLines) {
        this.threads = threads;
        this.onError = onError;
        this.maxLines = maxLines;
        appender = new LogAreaAppender(area, maxLines);
        LogViewWarmUp.startOnce();
        setId("log-view");
        area.setId("log-area");
        follow.setId("log-follow");
        follow.setSelected(true);
        search.setId("log-search");
        search.setPromptText("Search (Enter: next)");
        search.setOnAction(e -> findNext(search.getText()));
        Button save = new Button("Save full log…", new FontIcon("mdi2c-content-save"));
        save.setId("log-save");
        save.setOnAction(e -> chooseAndSave());
        status.setId("log-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, follow, search, save, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("monitor-toolbar");
        setTop(bar);
        setCenter(new VirtualizedScrollPane<>(area));
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drain();
            }
        };
    }

    /** Starts showing a node's log (following it while the node runs); closes the previous one. */
    void show(Runtime runtime, RunRef run, NodeState node) {
        close();
        appender.clear();
        lastAppend = 0;
        Session s = new Session(node.displayName() == null ? node.id() : node.displayName(), maxLines);
        session = s;
        status.setText("Loading the log of " + s.title + "…");
        pulse.start();
        threads.run(() -> {
            try {
                s.open();
                Subscription sub = runtime.logs(run, node.id(), LogOptions.FOLLOW, s);
                s.subscription(sub);
            } catch (RuntimeException | IOException e) {
                s.onEnd(e);
            }
        });
    }

    /** Shows no log: stops following, empties the view and says that no step is chosen. */
    void clear() {
        close();
        appender.clear();
        status.setText("No step selected");
    }

    /** Stops following and forgets the shown log. */
    void close() {
        if (session != null) {
            Session s = session;
            session = null;
            threads.run(s::dispose);
        }
        pulse.stop();
    }

    private void drain() {
        Session s = session;
        if (s == null) {
            return;
        }
        long now = System.nanoTime();
        boolean finishing = s.endSeen && s.pending.isEmpty();
        if (now - lastAppend < REFRESH_PERIOD_NANOS && !finishing) {
            return;
        }
        PendingLogLines.Batch batch = s.pending.take(linesPerPulse);
        List<AnsiText.Parsed> lines = batch.lines();
        if (!lines.isEmpty() || batch.dropped() > 0) {
            appender.append(lines, batch.dropped(), follow.isSelected());
            lastAppend = now;
            if (lines.size() == linesPerPulse) {
                long took = Math.max(1, System.nanoTime() - now);
                linesPerPulse = (int) Math.max(100, Math.min(20_000, (long) lines.size() * PULSE_BUDGET_NANOS / took));
            }
            updateStatus(s);
        }
        if (s.endSeen && s.pending.isEmpty()) {
            s.endSeen = false;
            s.ended = true;
            updateStatus(s);
            if (s.error != null) {
                onError.accept(UserMessages.of("Reading the log of " + s.title, s.error));
            }
        }
    }

    private void updateStatus(Session s) {
        long total = s.total.get();
        int shown = appender.shownLines();
        String what = total == shown ? Counts.of(total, "line")
                : Counts.of(total, "line") + " (showing the last " + shown + ")";
        status.setText(s.title + ": " + what + (s.ended ? "" : ", streaming…"));
    }

    /**
     * Selects the next match after the selection (or caret), wrapping to the top, ignoring case. Line
     * by line and in place: copying and lower-casing the whole text of 50,000 lines on each Enter was a
     * long frame of its own.
     */
    private void findNext(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        TwoDimensional.Position start = area.offsetToPosition(from, TwoDimensional.Bias.Forward);
        int paragraphs = area.getParagraphs().size();
        // the caret's line twice: from the caret first, and from its start after wrapping around
        for (int k = 0; k <= paragraphs; k++) {
            int par = (start.getMajor() + k) % paragraphs;
            int col = indexOfIgnoringCase(area.getParagraph(par).getText(), query, k == 0 ? start.getMinor() : 0);
            if (col >= 0) {
                int at = area.getAbsolutePosition(par, col);
                follow.setSelected(false);
                area.selectRange(at, at + query.length());
                area.requestFollowCaret();
                return;
            }
        }
        status.setText("'" + query + "' not found in the shown lines");
    }

    /** Where {@code query} first occurs in {@code text} at or after {@code from}, ignoring case; -1 if nowhere. */
    static int indexOfIgnoringCase(String text, String query, int from) {
        for (int i = Math.max(0, from); i <= text.length() - query.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }

    private void chooseAndSave() {
        if (session == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Save full log");
        fc.setInitialFileName(session.title.replaceAll("[^A-Za-z0-9._-]", "_") + ".log");
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            saveFullLog(f.toPath()).exceptionally(e -> {
                Platform.runLater(() -> onError.accept(UserMessages.of("Saving the log", e)));
                return null;
            });
        }
    }

    /** Writes every line received so far (not only the shown ones) to {@code target}, off the FX thread. */
    CompletableFuture<Path> saveFullLog(Path target) {
        Session s = session;
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no log is shown"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                s.flush();
                Files.copy(s.spool, target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads.executor());
    }

    // ---- for tests and benchmarks ----------------------------------------------------------------

    StyleClassedTextArea area() {
        return area;
    }

    int shownLines() {
        return appender.shownLines();
    }

    long receivedLines() {
        return session == null ? 0 : session.total.get();
    }

    boolean ended() {
        return session != null && session.ended;
    }

    /** One log being shown: the queue the runtime fills, and the spool file with every line. */
    private static final class Session implements LogListener {
        final String title;
        /** Bounded to the view's line limit: older waiting lines could only be trimmed once shown. */
        final PendingLogLines pending;
        final AtomicLong total = new AtomicLong();
        final AnsiText ansi = new AnsiText();
        volatile boolean endSeen;
        volatile Throwable error;
        boolean ended;
        private Path spool;
        private BufferedWriter writer;
        private Subscription subscription;
        private boolean disposed;

        Session(String title, int maxLines) {
            this.title = title;
            this.pending = new PendingLogLines(maxLines);
        }

        synchronized void open() throws IOException {
            spool = Files.createTempFile("orrery-log-", ".txt");
            spool.toFile().deleteOnExit();
            writer = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        }

        synchronized void subscription(Subscription s) {
            if (disposed) {
                s.close();
            } else {
                subscription = s;
            }
        }

        @Override
        public void onLine(String line) {
            synchronized (this) {
                if (disposed) {
                    return;
                }
                try {
                    writer.write(line);
                    writer.write('\n');
                } catch (IOException e) {
                    error = e;
                }
                // parsed here, on the runtime's thread: the FX thread only appends
                pending.add(ansi.parse(line));
            }
            total.incrementAndGet();
        }

        @Override
        public void onEnd(Throwable e) {
            error = e;
            endSeen = true;
            synchronized (this) {
                flushQuietly();
            }
        }

        synchronized void flush() throws IOException {
            if (writer != null) {
                writer.flush();
            }
        }

        private void flushQuietly() {
            try {
                flush();
            } catch (IOException ignored) {
                // the spool file is best effort; the view still has the lines
            }
        }

        synchronized void dispose() {
            disposed = true;
            if (subscription != null) {
                subscription.close();
            }
            try {
                if (writer != null) {
                    writer.close();
                }
                if (spool != null) {
                    Files.deleteIfExists(spool);
                }
            } catch (IOException ignored) {
                // a temporary file left behind is removed at exit
            }
            pending.clear();
        }
    }
}
