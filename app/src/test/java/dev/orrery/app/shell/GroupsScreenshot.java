package dev.orrery.app.shell;

import dev.orrery.core.testing.SharedData;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.PipelineChecker;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Draws docs/screenshots/designer-groups.png (run by scripts/groups-screenshot.sh under Xvfb):
 * Argo's dag-nested example with group B expanded in place and its inner step C selected, so the
 * property sheet shows the inner step. Arguments: the output PNG path.
 */
public final class GroupsScreenshot {
    private static Path out;

    private GroupsScreenshot() {
    }

    /** Not an Application itself: the JavaFX launcher refuses a main class that is one off the module path. */
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/designer-groups.png");
        Application.launch(App.class, args);
    }

    /** The application the launcher starts. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            GroupsScreenshot.start(stage);
        }
    }

    static void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("dev/orrery/screenshot-groups");
        MainWindow window = new MainWindow(stage, prefs, PipelineChecker.VALIDATOR);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        Thread driver = new Thread(() -> {
            try {
                Path file = SharedData.examplesDir().resolve("dag-nested.yaml");
                fx(() -> window.open(file)).get(30, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
                GraphCanvas canvas = window.designer().canvas();
                fx(() -> {
                    canvas.toggleGroup("B");
                    window.designer().document().selection().select("B/C");
                    canvas.fit();
                    return null;
                }).get(30, TimeUnit.SECONDS);
                Thread.sleep(1500); // let the tooltips' and layout's pulses settle before the snapshot
                fx(() -> {
                    write(stage.getScene().snapshot(null));
                    return null;
                }).get(30, TimeUnit.SECONDS);
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
                System.exit(0);
            }
        }, "screenshot-driver");
        driver.start();
    }

    private static <T> CompletableFuture<T> fx(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private static void write(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        b.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(b, "png", out.toFile());
            System.out.println("wrote " + out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
