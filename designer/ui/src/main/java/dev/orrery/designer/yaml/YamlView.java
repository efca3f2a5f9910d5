package dev.orrery.designer.yaml;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.InPlaceDocument;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.ReplacePipelineJob;
import dev.orrery.designer.layout.LayoutService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The pipeline as YAML (Argo or native), regenerated off the FX thread after each change while the
 * tab is shown. Editing the text pauses regeneration; Apply parses it (off the FX thread) and
 * replaces the pipeline as one undoable job, or shows the first problem at its line.
 */
public final class YamlView extends BorderPane {
    private final DesignDocument doc;
    private final Executor executor;
    private final LayoutService layout;
    private final CodeArea area = new CodeArea();
    private final ToggleButton argo = new ToggleButton("Argo");
    private final ToggleButton nativeFormat = new ToggleButton("Native");
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert");
    private final Label status = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final BooleanProperty edited = new SimpleBooleanProperty(this, "edited");
    private boolean settingText;
    private int shownRevision = -1;
    private int generation;
    private int errorLine = -1;

    public YamlView(DesignDocument doc, Executor executor, LayoutService layout) {
        this.doc = doc;
        this.executor = executor;
        this.layout = layout;
        getStyleClass().add("orrery-yaml");
        setId("yaml-view");
        area.setId("yaml-text");
        area.getStyleClass().add("yaml-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.textProperty().addListener((o, a, b) -> {
            area.setStyleSpans(0, YamlHighlighter.spans(b));
            if (!settingText) {
                edited.set(true);
                clearError();
            }
        });
        ToggleGroup format = new ToggleGroup();
        argo.setToggleGroup(format);
        nativeFormat.setToggleGroup(format);
        argo.setSelected(true);
        argo.setId("yaml-argo");
        nativeFormat.setId("yaml-native");
        format.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                edited.set(false);
                refresh(true);
            }
        });
        apply.setId("yaml-apply");
        apply.disableProperty().bind(edited.not());
        apply.setOnAction(e -> apply());
        revert.disableProperty().bind(edited.not());
        revert.setOnAction(e -> {
            edited.set(false);
            refresh(true);
        });
        status.setId("yaml-status");
        status.getStyleClass().add("yaml-status");
        status.setTooltip(tooltip);
        // a long message is cut, never the buttons: they keep their width, the message takes what is left
        for (Region fixed : List.of(argo, nativeFormat, revert, apply)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(6, argo, nativeFormat, status, revert, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        bar.getStyleClass().add("yaml-toolbar");
        setTop(bar);
        setCenter(new VirtualizedScrollPane<>(area));
        doc.revisionProperty().addListener((o, a, b) -> refresh(false));
        // a file opens in its own format, so the tab shows the file's text
        doc.sourceProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.format() != b.format())) {
                (b.format() == PipelineFormat.NATIVE ? nativeFormat : argo).setSelected(true);
            }
        });
        active.addListener((o, a, b) -> refresh(false));
    }

    /** Regenerates the text when shown and not being edited (or always when forced). */
    private void refresh(boolean force) {
        if (!active.get() || (edited.get() && !force) || (!force && shownRevision == doc.revision())) {
            return;
        }
        int revision = doc.revision();
        int ticket = ++generation;
        boolean asNative = nativeFormat.isSelected();
        Pipeline snapshot = doc.snapshot();
        InPlaceDocument source = doc.sourceProperty().get();
        boolean inPlace = InPlaceTab.covers(source, asNative ? PipelineFormat.NATIVE : PipelineFormat.ARGO);
        CompletableFuture.supplyAsync(() -> inPlace ? InPlaceTab.text(source, snapshot)
                : asNative ? PipelineFiles.toNativeYaml(snapshot)
                : PipelineFiles.toArgoYaml(snapshot, snapshot.argoKind), executor)
                .whenComplete((text, error) -> Platform.runLater(() -> {
                    if (ticket != generation || edited.get()) {
                        return;
                    }
                    if (error != null) {
                        setStatus("cannot write YAML: " + error.getMessage(), null);
                        return;
                    }
                    setText(text);
                    shownRevision = revision;
                    setStatus("", null);
                }));
    }

    private void setText(String text) {
        settingText = true;
        try {
            int caret = Math.min(area.getCaretPosition(), text.length());
            area.replaceText(text);
            area.moveTo(caret);
            area.requestFollowCaret();
        } finally {
            settingText = false;
        }
    }

    /** Parses the edited text and, if it holds a pipeline without errors, puts it in place. */
    public CompletableFuture<Boolean> apply() {
        String text = area.getText();
        Map<String, Position> oldLayout = Map.copyOf(doc.pipeline().layout);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        setStatus("Parsing…", null);
        InPlaceDocument source = doc.sourceProperty().get();
        boolean inPlace = InPlaceTab.covers(source, nativeFormat.isSelected() ? PipelineFormat.NATIVE
                : PipelineFormat.ARGO);
        InPlaceDocument[] typedSource = new InPlaceDocument[1];
        CompletableFuture.supplyAsync(() -> {
            LoadResult parsed = PipelineFiles.parse(text, "YAML tab");
            if (!parsed.hasErrors() && !parsed.documents().isEmpty()) {
                Pipeline p = parsed.documents().get(0).pipeline();
                if (inPlace && parsed.documents().size() == 1 && parsed.others().isEmpty()) {
                    // the typed text becomes the document's text: a save writes it as typed
                    typedSource[0] = InPlaceTab.applied(source, text, p);
                }
                oldLayout.forEach(p.layout::putIfAbsent);
                layout.fillMissing(p);
            }
            return parsed;
        }, executor).whenComplete((parsed, error) -> Platform.runLater(() -> {
            if (error != null) {
                setStatus("cannot parse: " + error.getMessage(), null);
                done.complete(false);
                return;
            }
            List<Diagnostic> problems = parsed.allDiagnostics().stream().filter(Diagnostic::isError).toList();
            if (!problems.isEmpty() || parsed.documents().isEmpty()) {
                Diagnostic first = problems.isEmpty() ? parsed.allDiagnostics().get(0) : problems.get(0);
                showError(first);
                done.complete(false);
                return;
            }
            if (inPlace && typedSource[0] == null) {
                setStatus("The tab holds one pipeline of " + doc.fileProperty().get().getFileName()
                        + ": remove the other documents (edit them in the file itself)", null);
                done.complete(false);
                return;
            }
            edited.set(false);
            String note = parsed.documents().size() > 1 ? " (the first of "
                    + Counts.of(parsed.documents().size(), "document") + ")" : "";
            if (typedSource[0] != null && doc.sourceProperty().get() == source) {
                doc.sourceProperty().set(typedSource[0]); // before the job, so the refresh it causes shows it
            }
            doc.execute(new ReplacePipelineJob(doc, parsed.documents().get(0).pipeline(), "Apply YAML"));
            setStatus("Applied" + note, null);
            done.complete(true);
        }));
        return done;
    }

    private void showError(Diagnostic d) {
        int line = d.location().line();
        // plain words in the bar; the parser's own text, in full, on hover
        String plain = PlainYamlErrors.describe(d);
        String raw = (line > 0 ? "line " + line + ": " : "") + d.message();
        setStatus(plain, plain.equalsIgnoreCase(raw) ? raw : plain + "\n\nThe parser said: " + raw);
        if (!status.getStyleClass().contains("error")) {
            status.getStyleClass().add("error");
        }
        clearErrorLine();
        if (line > 0 && line <= area.getParagraphs().size()) {
            errorLine = line - 1;
            area.setParagraphStyle(errorLine, List.of("error-line"));
            area.moveTo(errorLine, 0);
            area.requestFollowCaret();
        }
    }

    /** {@code full}: the tooltip's text when it says more than the bar; null for the same text. */
    private void setStatus(String text, String full) {
        status.setText(text);
        tooltip.setText(full != null ? full : text);
        status.setTooltip(text.isEmpty() && full == null ? null : tooltip);
    }

    private void clearError() {
        status.getStyleClass().remove("error");
        clearErrorLine();
    }

    private void clearErrorLine() {
        if (errorLine >= 0 && errorLine < area.getParagraphs().size()) {
            area.setParagraphStyle(errorLine, List.of());
        }
        errorLine = -1;
    }

    /** Set by the window while the YAML tab is shown. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public CodeArea area() {
        return area;
    }

    public boolean isEdited() {
        return edited.get();
    }

    public Label status() {
        return status;
    }
}
