package dev.orrery.app.shell;

import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.runtime.Runtime;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for a TestFX test: a preferences node of its own (so that recent files and the
 * theme of one test never reach another), {@link TestPrompts} answering what would be dialogs, and
 * {@link #close()} to stop its threads and remove the preferences after the test.
 */
public final class TestWindow {
    private final Preferences prefs = Preferences.userRoot().node("dev/orrery/test/" + UUID.randomUUID());
    private final TestPrompts prompts = new TestPrompts();
    private final MainWindow window;

    private TestWindow(Stage stage, Supplier<? extends Runtime> localRuntime) {
        window = localRuntime == null ? new MainWindow(stage, prefs, PipelineChecker.VALIDATOR)
                : new MainWindow(stage, prefs, PipelineChecker.VALIDATOR, localRuntime);
        window.files().setPrompts(prompts);
        stage.show();
    }

    /** Shows the window on {@code stage} (call from a {@code @Start} method). */
    public static TestWindow show(Stage stage) {
        return new TestWindow(stage, null);
    }

    /** Shows the window with {@code localRuntime} as the runtime of "This computer". */
    public static TestWindow show(Stage stage, Supplier<? extends Runtime> localRuntime) {
        return new TestWindow(stage, localRuntime);
    }

    public MainWindow window() {
        return window;
    }

    TestPrompts prompts() {
        return prompts;
    }

    /** Opens a file as File ▸ Open does and waits until it is loaded; whether it opened. */
    public boolean open(Path file) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.open(file)).get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
    }

    /** Closes the window (its designer and monitor threads stop) and removes its preferences. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(10, TimeUnit.SECONDS);
        prefs.removeNode();
    }

    /** Waits up to 10 s for {@code condition}, then for the FX events it caused. */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(10, condition);
    }

    /** Waits up to {@code seconds} for {@code condition}, then for the FX events it caused. */
    public static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
