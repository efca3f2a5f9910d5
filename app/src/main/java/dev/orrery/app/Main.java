package dev.orrery.app;

import dev.orrery.app.cli.OrreryCommand;

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
        return OrreryCommand.commandLine().execute(args);
    }
}
