package dev.orrery.app;

import dev.orrery.app.cli.OrreryCommand;
import dev.orrery.app.shell.DesktopApp;
import dev.orrery.app.shell.WindowLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Entry point of {@code orrery.jar}: with a command runs the headless CLI; without arguments
 * (or with just a file to open) starts the desktop designer.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (opensDesigner(args)) {
            return openDesigner(args);
        }
        return OrreryCommand.commandLine().execute(args);
    }

    private static int openDesigner(String[] args) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("orrery: no display to open the designer on (DISPLAY is not set)."
                    + " Run it on a desktop, or use the headless commands: orrery --help");
            return 2;
        }
        // Before JavaFX starts: its own failure without GTK 3 names no package to install.
        Optional<String> missing = WindowLibraries.ofThisSystem().missingForWindow();
        if (missing.isPresent()) {
            System.err.println("orrery: " + missing.get());
            return 2;
        }
        try {
            DesktopApp.launch(args);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            // The toolkit refuses to start (no display, missing native libraries): one line, no trace.
            System.err.println("orrery: " + WindowLibraries.explainStartupFailure(e));
            return 2;
        }
    }

    /** No arguments, or a single existing file: the designer. Anything else is a CLI command. */
    static boolean opensDesigner(String[] args) {
        return args.length == 0
                || (args.length == 1 && !args[0].startsWith("-") && Files.isRegularFile(Path.of(args[0])));
    }
}
