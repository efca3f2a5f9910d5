package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one side of {@code orrery diff}: a file, or {@code REV:PATH} from the Git repository of the
 * folder, or nothing ({@code /dev/null}, which Git passes for a file that is added or deleted).
 */
final class DiffSides implements AutoCloseable {
    /** A side as read: how it is named in the output, and its documents. */
    record Side(String label, LoadResult loaded) {
    }

    private final Path folder;
    private GitFiles git;

    DiffSides(Path folder) {
        this.folder = folder;
    }

    /** A file if one is there by that name, else {@code REV:PATH}. */
    Side read(String argument) throws DiffInputException {
        Path file = folder.resolve(argument);
        int colon = argument.indexOf(':');
        if (Files.exists(file) || colon < 0) {
            return file(argument, argument);
        }
        if (colon == 0) {
            throw new DiffInputException(argument + ": name a revision before ':' (e.g. HEAD:" + argument.substring(1) + ")");
        }
        return revision(argument.substring(0, colon), argument.substring(colon + 1), argument);
    }

    /** A file of the folder (or absolute); {@code /dev/null} is a side without pipelines. */
    Side file(String name, String label) throws DiffInputException {
        if (name.equals("/dev/null")) {
            return new Side(label, new LoadResult(label, List.of(), List.of()));
        }
        try {
            return checked(new Side(label, Documents.load(folder.resolve(name))));
        } catch (Documents.Unreadable e) {
            throw new DiffInputException(e.getMessage());
        }
    }

    /** {@code path} as it is in {@code revision} of the folder's repository. */
    Side revision(String revision, String path, String label) throws DiffInputException {
        if (path.isEmpty()) {
            throw new DiffInputException(label + ": name a file after ':' (REV:PATH)");
        }
        if (git == null) {
            git = GitFiles.holding(folder);
        }
        return checked(new Side(label, PipelineFiles.parse(git.read(revision, folder, path, label), label)));
    }

    /** A side whose YAML cannot be read at all (nothing but errors) cannot be compared. */
    private static Side checked(Side side) throws DiffInputException {
        LoadResult r = side.loaded();
        if (r.documents().isEmpty() && r.hasErrors()) {
            StringBuilder message = new StringBuilder();
            for (Diagnostic d : r.allDiagnostics()) {
                if (d.severity() == dev.orrery.core.diag.Severity.ERROR) {
                    message.append(message.isEmpty() ? "" : "\n").append(d.format());
                }
            }
            throw new DiffInputException(message.toString());
        }
        return side;
    }

    @Override
    public void close() {
        if (git != null) {
            git.close();
        }
    }
}
