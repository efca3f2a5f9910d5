package dev.orrery.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last files opened or saved, most recent first, kept in the user's preferences. */
final class RecentFiles {
    static final int LIMIT = 8;
    private static final String KEY = "recent.files";
    private final Preferences prefs;

    RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs.get(KEY, "").split("\n")) {
            if (!s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = list();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > LIMIT) {
            list.remove(list.size() - 1);
        }
        prefs.put(KEY, String.join("\n", list.stream().map(Path::toString).toList()));
    }

    void clear() {
        prefs.remove(KEY);
    }
}
