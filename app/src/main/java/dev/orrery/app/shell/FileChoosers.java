package dev.orrery.app.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's Open and Save dialogs. Each starts in the folder the user last chose a file in (kept in
 * the preferences, so also after a restart) rather than the home folder every time.
 */
final class FileChoosers {
    static final String LAST_FOLDER = "lastFolder";
    static final FileChooser.ExtensionFilter YAML = new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml");
    static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    /** Shows a prepared chooser; the window's dialogs, or fixed answers in tests. */
    interface Dialogs {
        File showOpen(FileChooser chooser);

        File showSave(FileChooser chooser);
    }

    private final Preferences prefs;
    private Dialogs dialogs;

    FileChoosers(Preferences prefs, Window owner) {
        this.prefs = prefs;
        this.dialogs = new Dialogs() {
            @Override
            public File showOpen(FileChooser chooser) {
                return chooser.showOpenDialog(owner);
            }

            @Override
            public File showSave(FileChooser chooser) {
                return chooser.showSaveDialog(owner);
            }
        };
    }

    void setDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    Optional<Path> open(String title) {
        return remember(dialogs.showOpen(chooser(title, YAML, ALL)));
    }

    /** {@code filters}: the first is selected; YAML files when none are given. */
    Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = filters.length == 0 ? chooser(title, YAML, ALL) : chooser(title, filters);
        fc.setInitialFileName(suggestedName);
        return remember(dialogs.showSave(fc));
    }

    /** The folder the next dialog starts in, or empty when none was used yet or it is gone. */
    Optional<Path> lastFolder() {
        String folder = prefs.get(LAST_FOLDER, null);
        if (folder == null) {
            return Optional.empty();
        }
        Path p = Path.of(folder);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(filters);
        lastFolder().ifPresent(f -> fc.setInitialDirectory(f.toFile()));
        return fc;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath().toAbsolutePath();
        if (path.getParent() != null) {
            prefs.put(LAST_FOLDER, path.getParent().toString());
        }
        return Optional.of(path);
    }
}
