package dev.orrery.app;

import dev.orrery.app.cli.OrreryCommand;
import dev.orrery.app.shell.DesktopApp;
import java.nio.file.Files;
import java.nio.file.Path;

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
            DesktopApp.launch(args);
            return 0;
        }
        return OrreryCommand.commandLine().execute(args);
    }

    /** No arguments, or a single existing file: the designer. Anything else is a CLI command. */
    static boolean opensDesigner(String[] args) {
        return args.length == 0
                || (args.length == 1 && !args[0].startsWith("-") && Files.isRegularFile(Path.of(args[0])));
    }
}
