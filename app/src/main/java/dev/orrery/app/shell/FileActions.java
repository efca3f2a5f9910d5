package dev.orrery.app.shell;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.AtomicFiles;
import dev.orrery.core.io.InPlaceDocument;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.text.Counts;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.PreparedGraph;
import dev.orrery.designer.canvas.DiagramExport;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.PipelineChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Opening, saving, importing and exporting. Files are read, parsed, laid out and written on the
 * designer's background thread; the FX thread only asks questions and swaps the document. Each
 * operation returns a future that completes (on the FX thread) with whether it went through.
 */
final class FileActions {
    private final Designer designer;
    private final DesignDocument doc;
    private final PipelineChecker checker;
    private final Executor io;
    private final RecentFiles recent;
    private Prompts prompts;
    private FileStamp stamp;
    private Supplier<java.util.Optional<Path>> saveAsChooser = java.util.Optional::empty;

    FileActions(Designer designer, PipelineChecker checker, RecentFiles recent, Prompts prompts) {
        this.designer = designer;
        this.doc = designer.document();
        this.checker = checker;
        this.io = designer.executor();
        this.recent = recent;
        this.prompts = prompts;
    }

    void setPrompts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** The questions and messages of the window (dialogs, or a test's fixed answers). */
    Prompts prompts() {
        return prompts;
    }

    /** Where Save As writes; set by the window (a file chooser). */
    void setSaveAsChooser(Supplier<java.util.Optional<Path>> chooser) {
        this.saveAsChooser = chooser;
    }

    /** Asks about unsaved changes (saving if asked); completes with whether the document may be replaced. */
    CompletableFuture<Boolean> confirmDiscard() {
        if (!doc.isModified()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (prompts.unsavedChanges(doc.pipeline().displayName())) {
            case SAVE -> saveOrAsk();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Save, or Save As when the document has no native file yet. */
    CompletableFuture<Boolean> saveOrAsk() {
        if (needsFileForSave()) {
            return saveAsChooser.get().map(this::saveTo).orElse(CompletableFuture.completedFuture(false));
        }
        return save();
    }

    CompletableFuture<Boolean> newDocument(Supplier<Pipeline> template) {
        return confirmDiscard().thenApply(ok -> {
            if (ok) {
                loadNew(template.get());
            }
            return ok;
        });
    }

    /** A pipeline that has no file yet (new, sample): Save asks where. */
    void loadNew(Pipeline p) {
        designer.layout().fillMissing(p);
        doc.load(p, null);
        stamp = null;
        Platform.runLater(designer.canvas()::fit);
    }

    /** Opens a native or Argo file; for several pipelines in it, asks which one. */
    CompletableFuture<Boolean> open(Path file) {
        return confirmDiscard().thenCompose(ok -> ok ? openNow(file) : CompletableFuture.completedFuture(false));
    }

    /** Why a well-formed file opens nothing: what it holds instead (EventSources, Sensors, …). */
    private static String noPipeline(dev.orrery.core.io.LoadResult parsed) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        parsed.others().forEach(o -> kinds.add(o.root().path("kind").asText("a document without kind")));
        return "It holds no pipeline" + (kinds.isEmpty() ? "." : ", only: " + String.join(", ", kinds) + ".")
                + " EventSources and Sensors open with the pipeline they trigger; on their own they convert with"
                + " `orrery export FILE --to native`.";
    }

    private CompletableFuture<Boolean> openNow(Path file) {
        return onIo(() -> {
            try {
                return PipelineFiles.open(file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).thenCompose(opened -> {
            var parsed = opened.result();
            if (parsed.documents().isEmpty()) {
                prompts.error("Cannot open " + file.getFileName(), parsed.allDiagnostics().isEmpty()
                        ? noPipeline(parsed) : PlainProblems.format(parsed.allDiagnostics()));
                return CompletableFuture.completedFuture(false);
            }
            LoadedDocument chosen = parsed.documents().get(0);
            if (parsed.documents().size() > 1) {
                var pick = prompts.choose("Open which pipeline?", file.getFileName() + " holds "
                        + Counts.of(parsed.documents().size(), "pipeline") + ".", parsed.documents().stream()
                        .map(LoadedDocument::label).toList());
                if (pick.isEmpty()) {
                    return CompletableFuture.completedFuture(false);
                }
                chosen = parsed.documents().stream().filter(d -> d.label().equals(pick.get())).findFirst().orElseThrow();
            }
            LoadedDocument doc1 = chosen;
            return onIo(() -> {
                // the base for saving in place is the pipeline as read, before the layout fills in positions
                InPlaceDocument source = InPlaceDocument.opened(opened.text(), doc1);
                designer.layout().fillMissing(doc1.pipeline());
                // the canvas's lookups for the whole graph, made here rather than on the FX thread
                PreparedGraph drawing = PreparedGraph.of(doc1.pipeline());
                try {
                    return new Read(source, FileStamp.of(file), drawing);
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }).thenApply(done -> {
                doc.load(doc1.pipeline(), file);
                designer.canvas().adopt(done.drawing());
                doc.sourceProperty().set(done.source());
                stamp = done.stamp();
                recent.add(file);
                designer.canvas().fit();
                return true;
            });
        }).exceptionally(e -> failed("Cannot open " + file.getFileName(), e));
    }

    private record Opened(InPlaceDocument source, FileStamp stamp) {
    }

    /** A file read for opening: its text for saving in place, its stamp, and the canvas's lookups made off the FX thread. */
    private record Read(InPlaceDocument source, FileStamp stamp, PreparedGraph drawing) {
    }

    /** Asks for a file only for a pipeline that has none yet; an opened file is saved where it came from. */
    boolean needsFileForSave() {
        return doc.fileProperty().get() == null || doc.sourceProperty().get() == null;
    }

    CompletableFuture<Boolean> save() {
        return saveTo(doc.fileProperty().get());
    }

    /**
     * Writes the pipeline: a document read from a file in its own format (Argo or native) with only
     * the lines the edits changed ({@link InPlaceDocument}); a new one as native YAML. A file another
     * program changed since it was read is never overwritten without asking: reload it, overwrite it,
     * or save elsewhere.
     */
    CompletableFuture<Boolean> saveTo(Path file) {
        try {
            boolean sameFile = stamp != null && stamp.file().equals(file);
            if (sameFile && stamp.changedOnDisk()) {
                switch (prompts.changedOnDisk(file.getFileName().toString())) {
                    case OVERWRITE -> { }
                    case RELOAD -> {
                        return openNow(file).thenApply(reloaded -> false);
                    }
                    case SAVE_ELSEWHERE -> {
                        return saveAsChooser.get().filter(other -> !other.equals(file)).map(this::saveTo)
                                .orElse(CompletableFuture.completedFuture(false));
                    }
                    case CANCEL -> {
                        return CompletableFuture.completedFuture(false);
                    }
                }
            }
        } catch (IOException e) {
            return CompletableFuture.completedFuture(failed("Cannot save " + file.getFileName(), e));
        }
        int revision = doc.revision();
        Pipeline snapshot = doc.pipeline().copy();
        InPlaceDocument source = doc.sourceProperty().get();
        return onIo(() -> {
            try {
                InPlaceDocument.Written written = source != null ? source.write(snapshot)
                        : fresh(PipelineFiles.toNativeYaml(snapshot), snapshot);
                AtomicFiles.writeString(file, written.text());
                return new Opened(written.next(), FileStamp.of(file));
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).thenApply(done -> {
            stamp = done.stamp();
            doc.sourceProperty().set(done.source());
            doc.fileProperty().set(file);
            if (doc.revision() == revision) {
                doc.markSaved();
            }
            recent.add(file);
            return true;
        }).exceptionally(e -> failed("Cannot save " + file.getFileName(), e));
    }

    /** A first save as native YAML: the written text becomes the reference for the next save in place. */
    private static InPlaceDocument.Written fresh(String text, Pipeline saved) {
        return new InPlaceDocument.Written(text, new InPlaceDocument(text, 0, PipelineFormat.NATIVE,
                InPlaceDocument.tree(saved, PipelineFormat.NATIVE)));
    }

    /** Problems that block an export (errors), and whether the user accepts the warnings. */
    CompletableFuture<Boolean> checkBeforeExport() {
        Pipeline snapshot = doc.pipeline().copy();
        return onIo(() -> checker.check(snapshot)).thenApply(found -> {
            List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
            if (!errors.isEmpty()) {
                prompts.error("Export refused", "Fix " + (errors.size() == 1 ? "this error" : "these errors")
                        + " first (see the Problems tab):\n\n" + PlainProblems.format(errors));
                return false;
            }
            List<Diagnostic> warnings = found.stream().filter(d -> d.severity() == dev.orrery.core.diag.Severity.WARNING)
                    .toList();
            return warnings.isEmpty() || prompts.confirm("Export with warnings?", PlainProblems.format(warnings));
        });
    }

    CompletableFuture<Boolean> exportArgo(Path file, ArgoKind kind) {
        return exportArgo(() -> java.util.Optional.of(file), kind);
    }

    /**
     * Checks the pipeline, then asks where to write ({@code chooseFile}, on the FX thread), then writes:
     * a pipeline with errors is refused before the user has picked a file for nothing.
     */
    CompletableFuture<Boolean> exportArgo(Supplier<java.util.Optional<Path>> chooseFile, ArgoKind kind) {
        return checkBeforeExport().thenCompose(ok -> {
            java.util.Optional<Path> chosen = ok ? chooseFile.get() : java.util.Optional.empty();
            if (chosen.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            Path file = chosen.get();
            Pipeline snapshot = doc.pipeline().copy();
            return onIo(() -> {
                try {
                    AtomicFiles.writeString(file, PipelineFiles.toArgoYaml(snapshot, kind));
                    return true;
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }).exceptionally(e -> failed("Cannot export " + file.getFileName(), e));
        });
    }

    /** The snapshot is taken here on the FX thread; encoding and writing run on the designer's thread. */
    CompletableFuture<Boolean> exportPng(Path file) {
        var image = DiagramExport.snapshot(designer.canvas());
        return writeOffThread(file, () -> DiagramExport.writePng(image, file));
    }

    CompletableFuture<Boolean> exportSvg(Path file) {
        String svg = DiagramExport.svg(doc.pipeline(), doc.graph(), designer.canvas().positions());
        return writeOffThread(file, () -> AtomicFiles.writeString(file, svg));
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private CompletableFuture<Boolean> writeOffThread(Path file, FileWrite write) {
        return onIo(() -> {
            try {
                write.run();
                return true;
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).exceptionally(e -> failed("Cannot write " + file.getFileName(), e));
    }

    /** Runs on the designer's thread, continues on the FX thread. */
    private <T> CompletableFuture<T> onIo(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io).thenApplyAsync(x -> x, Platform::runLater);
    }

    private boolean failed(String title, Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        Runnable show = () -> prompts.error(title, String.valueOf(cause.getMessage()));
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
        return false;
    }

    RecentFiles recent() {
        return recent;
    }
}
