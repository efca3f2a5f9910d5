package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads files for the commands and runs validation on every pipeline in them. */
final class Documents {
    private Documents() {
    }

    /** A file that could not be read at all (missing, a directory, no permission). */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static LoadResult load(Path file) throws Unreadable {
        if (Files.isDirectory(file)) {
            throw new Unreadable(file + ": is a directory, not a pipeline file");
        }
        try {
            return PipelineFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Import diagnostics plus the validator's, located in the file. */
    static List<Diagnostic> validate(LoadResult file) {
        return validate(file, false);
    }

    /**
     * Import diagnostics plus the validator's, located in the file; when strict, what Argo's size limits
     * refuse (200 templates, 200 DAG tasks, …) is an error rather than a warning.
     */
    static List<Diagnostic> validate(LoadResult file, boolean strict) {
        List<Diagnostic> all = new ArrayList<>(file.diagnostics());
        Validator validator = strict ? Validator.strict() : new Validator();
        for (LoadedDocument d : file.documents()) {
            all.addAll(d.diagnostics());
            for (Diagnostic v : validator.validate(d.pipeline(), d.lines()::lineOf)) {
                all.add(v.at(v.location().withSource(file.source(), d.index())));
            }
        }
        return all;
    }
}
