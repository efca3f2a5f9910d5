package dev.orrery.app.shell;

import dev.orrery.app.cli.DiffInputException;
import dev.orrery.app.cli.GitFiles;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the other version for "Compare with…": the commits of the open file's Git repository that touched
 * it, the file as a commit holds it, or another file; each parsed with the readers {@code orrery diff}
 * uses. Blocking: call off the FX thread. Failures are {@link CompareSources.Unavailable} with a message
 * for people, never a stack trace.
 */
final class CompareSources {
    /** How many commits the dialog lists at most. */
    static final int MAX_COMMITS = 200;

    /** The other version cannot be had: the message says why. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** The open file's history: its commits, newest first, or why there are none. */
    record History(List<GitFiles.Commit> commits, String why) {
    }

    /** A version read and parsed: its pipelines, and how it is named. */
    record Version(String label, LoadResult loaded) {
    }

    private CompareSources() {
    }

    static History history(Path file) {
        String name = file.getFileName().toString();
        try {
            Optional<GitFiles> found = GitFiles.find(file.toAbsolutePath().getParent());
            if (found.isEmpty()) {
                return new History(List.of(), name + " is not in a Git repository, so it has no revisions to compare"
                        + " with. Compare it with another file instead.");
            }
            try (GitFiles git = found.get()) {
                List<GitFiles.Commit> commits = git.history(file, MAX_COMMITS);
                return commits.isEmpty()
                        ? new History(List.of(), name + " is new: no commit of its Git repository holds it yet."
                                + " Commit it first, or compare it with another file.")
                        : new History(commits, null);
            }
        } catch (DiffInputException e) {
            return new History(List.of(), e.getMessage());
        }
    }

    /** The file as the commit holds it. */
    static Version atRevision(Path file, GitFiles.Commit commit) throws Unavailable {
        String label = file.getFileName() + " at " + commit.shortId();
        Path absolute = file.toAbsolutePath();
        try (GitFiles git = GitFiles.holding(absolute.getParent())) {
            String text = git.read(commit.id(), absolute.getParent(), absolute.getFileName().toString(), label);
            return checked(new Version(label, PipelineFiles.parse(text, label)));
        } catch (DiffInputException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    static Version file(Path file) throws Unavailable {
        String label = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new Unavailable(file + " is a folder, not a pipeline file.");
        }
        try {
            return checked(new Version(label, PipelineFiles.read(file)));
        } catch (NoSuchFileException e) {
            throw new Unavailable(file + ": no such file.");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unavailable(file + " cannot be read: " + e.getMessage());
        }
    }

    /** A version with nothing but errors, or without a pipeline, cannot be compared. */
    private static Version checked(Version v) throws Unavailable {
        LoadResult r = v.loaded();
        if (r.documents().isEmpty()) {
            StringBuilder message = new StringBuilder(v.label() + " cannot be compared: ");
            List<Diagnostic> errors = r.allDiagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            message.append(errors.isEmpty() ? "it holds no pipeline." : "it does not parse.\n\n"
                    + PlainProblems.format(errors));
            throw new Unavailable(message.toString());
        }
        return v;
    }

    /**
     * The pipeline of a version to compare with the open one: the only one, else the one of the same name;
     * empty when the file holds several and none is named so (then the user picks).
     */
    static Optional<Pipeline> matching(LoadResult loaded, String openName) {
        List<LoadedDocument> docs = loaded.documents();
        if (docs.size() == 1) {
            return Optional.of(docs.get(0).pipeline());
        }
        return docs.stream().map(LoadedDocument::pipeline).filter(p -> p.displayName().equals(openName)).findFirst();
    }
}
