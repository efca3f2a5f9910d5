package dev.orrery.app.shell;

import dev.orrery.app.cli.GitFiles;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.Designer;
import dev.orrery.designer.compare.ComparisonView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * File ▸ Compare With…: lists the open file's Git revisions (read off the FX thread), reads and parses the
 * version picked, or another file, and opens the designer's comparison. What cannot be compared is said
 * in a message, never as a stack trace.
 */
final class CompareAction {
    private final Designer designer;
    private final FileActions files;
    private final FileChoosers choosers;
    private final Window owner;

    CompareAction(Designer designer, FileActions files, FileChoosers choosers, Window owner) {
        this.designer = designer;
        this.files = files;
        this.choosers = choosers;
        this.owner = owner;
    }

    /** Shows the dialog: the open file's revisions, once read, or why there are none; and the file choice. */
    CompletableFuture<CompareDialog> start() {
        Path file = designer.document().fileProperty().get();
        CompletableFuture<CompareSources.History> history = file == null
                ? CompletableFuture.completedFuture(new CompareSources.History(List.of(), "This pipeline has not been"
                        + " saved to a file, so it has no Git revisions. Compare it with another file."))
                : CompletableFuture.supplyAsync(() -> CompareSources.history(file), designer.executor());
        return history.thenApplyAsync(h -> {
            CompareDialog d = new CompareDialog(owner, file == null ? null : file.getFileName().toString(), h,
                    commit -> compareWithRevision(file, commit), this::chooseFile);
            d.show();
            return d;
        }, Platform::runLater);
    }

    private void chooseFile() {
        choosers.open("Compare with file").ifPresent(this::compareWithFile);
    }

    /** Compares the open pipeline with the file as a commit holds it. */
    CompletableFuture<ComparisonView> compareWithRevision(Path file, GitFiles.Commit commit) {
        return compare(() -> {
            try {
                return CompareSources.atRevision(file, commit);
            } catch (CompareSources.Unavailable e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Compares the open pipeline with another file. */
    CompletableFuture<ComparisonView> compareWithFile(Path other) {
        return compare(() -> {
            try {
                return CompareSources.file(other);
            } catch (CompareSources.Unavailable e) {
                throw new CompletionException(e);
            }
        });
    }

    private CompletableFuture<ComparisonView> compare(Supplier<CompareSources.Version> read) {
        String openName = designer.document().pipeline().displayName();
        return CompletableFuture.supplyAsync(read, designer.executor())
                .thenComposeAsync(v -> {
                    Optional<Pipeline> match = CompareSources.matching(v.loaded(), openName);
                    Pipeline other = match.orElseGet(() -> pick(v));
                    if (other == null) {
                        return CompletableFuture.completedFuture((ComparisonView) null);
                    }
                    return designer.compare().open(other, v.label());
                }, Platform::runLater)
                .exceptionally(e -> {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    String message = cause instanceof CompareSources.Unavailable || cause instanceof IllegalStateException
                            ? cause.getMessage() : "Unexpected error: " + cause;
                    Runnable show = () -> files.prompts().error("Cannot compare", message);
                    if (Platform.isFxApplicationThread()) {
                        show.run();
                    } else {
                        Platform.runLater(show);
                    }
                    return null;
                });
    }

    /** Several pipelines and none of the open one's name: the user picks (FX thread). */
    private Pipeline pick(CompareSources.Version v) {
        List<String> labels = v.loaded().documents().stream().map(LoadedDocument::label).toList();
        return files.prompts().choose("Compare with which pipeline?", v.label() + " holds " + labels.size()
                + " pipelines.", labels).flatMap(l -> v.loaded().documents().stream()
                        .filter(d -> d.label().equals(l)).findFirst()).map(LoadedDocument::pipeline).orElse(null);
    }
}
