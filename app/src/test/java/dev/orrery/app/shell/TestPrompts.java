package dev.orrery.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Fixed answers for the shell's questions, recording what was asked. */
final class TestPrompts implements Prompts {
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    Unsaved unsaved = Unsaved.DISCARD;
    ChangedOnDisk onDisk = ChangedOnDisk.CANCEL;
    boolean confirm = true;
    Function<List<?>, Integer> choice = options -> 0;

    @Override
    public Unsaved unsavedChanges(String documentName) {
        asked.add("unsaved " + documentName);
        return unsaved;
    }

    @Override
    public ChangedOnDisk changedOnDisk(String fileName) {
        asked.add("changed on disk " + fileName);
        return onDisk;
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add("confirm " + title);
        return confirm;
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options) {
        asked.add("choose " + title);
        return Optional.of(options.get(choice.apply(options)));
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
