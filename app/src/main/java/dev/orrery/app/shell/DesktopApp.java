package dev.orrery.app.shell;

import javafx.application.Application;

/**
 * Starts the desktop designer. This class does not extend {@link Application}: a JavaFX
 * application class started as a jar's main class off the module path is refused ("JavaFX runtime
 * components are missing"), so the shaded jar's entry point must go through a plain class like this.
 */
public final class DesktopApp {
    private DesktopApp() {
    }

    /** Opens the designer window; {@code args[0]}, when given, is a pipeline file to open. Blocks until closed. */
    public static void launch(String[] args) {
        Application.launch(OrreryApplication.class, args);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
