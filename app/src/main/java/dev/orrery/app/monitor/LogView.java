package dev.orrery.app.monitor;

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
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A step's log: lines arrive on a runtime thread into a queue (and a spool file holding the whole
 * log); once per pulse the queue is drained into a RichTextFX area in one append, ANSI colours as
 * style classes. Only the last {@link #maxLines()} lines stay in the view; "Save full log…" copies
 * the spool file.
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
    /** Most stale lines removed in one pulse. */
    private static final int TRIM_CHUNK = 5_000;
    /** Starts small: the first appends run RichTextFX's code cold (several times slower). */
    private int linesPerPulse = 200;
    private long lastAppend;
    /** Lines at the top of the view that a skip made stale; trimmed a chunk a pulse. */
    private int stale;

    private final MonitorThreads threads;
    private final Consumer<String> onError;
    private final int maxLines;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ToggleButton follow = new ToggleButton("Follow", new FontIcon("mdi2a-arrow-collapse-down"));
    private final TextField search = new TextField();
    private final Label status = new Label("No step selected");
    private final AnimationTimer pulse;
    private Session session;
    private int shownLines;

    LogView(MonitorThreads threads, Consumer<String> onError) {
        this(threads, onError, DEFAULT_MAX_LINES);
    }

    LogView(MonitorThreads threads, Consumer<String> onError, int maxLines) {
        this.threads = threads;
        this.onError = onError;
        this.maxLines = maxLines;
        setId("log-view");
        area.setId("log-area");
        area.setEditable(false);
        // a log is never undone: without this, RichTextFX's undo history keeps every appended line
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.getStyleClass().add("log-area");
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

    int maxLines() {
        return maxLines;
    }

    /** Starts showing a node's log (following it while the node runs); closes the previous one. */
    void show(Runtime runtime, RunRef run, NodeState node) {
        close();
        area.clear();
        shownLines = 0;
        stale = 0;
        lastAppend = 0;
        Session s = new Session(node.displayName() == null ? node.id() : node.displayName());
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
        boolean finishing = s.endSeen && s.queue.isEmpty();
        if (now - lastAppend < REFRESH_PERIOD_NANOS && !finishing) {
            return;
        }
        long start = now;
        int skipped = skipExcess(s);
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), area.getInitialParagraphStyle());
        boolean empty = shownLines == 0;
        if (!empty) {
            doc.addParagraph("", java.util.List.of()); // joins the view's last line: what follows starts a new one
        }
        int n = 0;
        if (skipped > 0) {
            doc.addParagraph(String.format(Locale.ROOT, "[… %,d lines not shown here: Save full log… has every line]",
                    skipped), java.util.List.of("log-skipped"));
            n++;
        }
        while (n < linesPerPulse) {
            AnsiText.Parsed line = s.queue.poll();
            if (line == null) {
                break;
            }
            s.queued.decrementAndGet();
            if (line.runs().isEmpty()) {
                doc.addParagraph(line.text(), java.util.List.of());
            } else if (line.runs().size() == 1) {
                doc.addParagraph(line.text(), line.runs().get(0).styles());
            } else {
                StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(line.runs().size());
                for (AnsiText.Run r : line.runs()) {
                    spans.add(r.styles(), r.length());
                }
                doc.addParagraph(line.text(), spans.create());
            }
            n++;
        }
        if (n > 0) {
            area.append(doc.build());
            shownLines += n;
            lastAppend = now;
            trim();
            if (follow.isSelected()) {
                area.showParagraphAtBottom(area.getParagraphs().size() - 1);
            }
            if (n == linesPerPulse) {
                long took = Math.max(1, System.nanoTime() - start);
                linesPerPulse = (int) Math.max(100, Math.min(20_000, (long) n * PULSE_BUDGET_NANOS / took));
            }
        }
        if (n > 0 || s.endSeen) {
            updateStatus(s);
        }
        if (s.endSeen && s.queue.isEmpty()) {
            s.endSeen = false;
            s.ended = true;
            updateStatus(s);
            if (s.error != null) {
                onError.accept(UserMessages.of("Reading the log of " + s.title, s.error));
            }
        }
    }

    /**
     * When more lines wait than the view keeps, the older waiting ones would be trimmed as soon as
     * they were in: they are skipped (the spool file has them), and what the view shows now is
     * marked stale, to be trimmed a chunk at a time (removing 50,000 paragraphs at once costs a
     * frame of its own). Returns the number of lines skipped.
     */
    private int skipExcess(Session s) {
        int excess = s.queued.get() - maxLines;
        int skipped = 0;
        while (skipped < excess && s.queue.poll() != null) {
            s.queued.decrementAndGet();
            skipped++;
        }
        if (skipped > 0) {
            stale = shownLines;
        }
        return skipped;
    }

    /**
     * Drops stale lines (at most {@link #TRIM_CHUNK} a pulse), else the oldest lines once the view
     * holds 10% more than the limit (batched: each delete costs a re-layout).
     */
    private void trim() {
        int drop = 0;
        if (stale > 0) {
            drop = Math.min(stale, TRIM_CHUNK);
            stale -= drop;
        } else if (shownLines > maxLines + maxLines / 10) {
            drop = shownLines - maxLines;
        }
        if (drop > 0) {
            area.deleteText(0, area.getAbsolutePosition(drop, 0));
            shownLines -= drop;
        }
    }

    private void updateStatus(Session s) {
        long total = s.total.get();
        String what = total == shownLines ? total + " lines" : total + " lines (showing the last " + shownLines + ")";
        status.setText(s.title + ": " + what + (s.ended ? "" : ", streaming…"));
    }

    private void findNext(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        String text = area.getText().toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        int at = text.indexOf(q, Math.min(from, text.length()));
        if (at < 0) {
            at = text.indexOf(q);
        }
        if (at < 0) {
            status.setText("'" + query + "' not found in the shown lines");
            return;
        }
        follow.setSelected(false);
        area.selectRange(at, at + q.length());
        area.requestFollowCaret();
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
        return shownLines;
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
        final ConcurrentLinkedQueue<AnsiText.Parsed> queue = new ConcurrentLinkedQueue<>();
        final AtomicLong total = new AtomicLong();
        final java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();
        final AnsiText ansi = new AnsiText();
        volatile boolean endSeen;
        volatile Throwable error;
        boolean ended;
        private Path spool;
        private BufferedWriter writer;
        private Subscription subscription;
        private boolean disposed;

        Session(String title) {
            this.title = title;
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
                queue.add(ansi.parse(line));
            }
            queued.incrementAndGet();
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
            queue.clear();
        }
    }
}
