package dev.orrery.app.shell;

import dev.orrery.designer.canvas.DiagramExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** What the screenshot tools (not tests) share: FX calls from their driver thread, and the PNG of the window. */
public final class ScreenshotTool {
    private ScreenshotTool() {
    }

    /** Runs on the FX thread; the result (a future itself, for async calls) comes back to the driver. */
    public static <T> CompletableFuture<T> fx(Supplier<T> work) {
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

    /** A tool's steps on its driver thread: FX work goes through {@link #fx}. */
    @FunctionalInterface
    public interface Driver {
        void drive() throws Exception;
    }

    /**
     * Shows the stage at 1600×1000, then on a thread of its own runs {@code driver}, writes the window
     * to {@code out} and exits the JVM: with status 0, or after a failure with its stack trace and
     * status 1, so that the script that ran it fails too.
     */
    public static void showAndDrive(Stage stage, Path out, Driver driver) {
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        Thread t = new Thread(() -> {
            int status = 0;
            try {
                driver.drive();
                writeWindow(stage, out);
            } catch (Throwable e) {
                e.printStackTrace();
                status = 1;
            } finally {
                Platform.exit();
                System.exit(status);
            }
        }, "screenshot-driver");
        t.start();
    }

    /**
     * After 1.5 s for the last layout, tooltip and animation pulses, snapshots the window's scene on
     * the FX thread and writes it as PNG from the driver thread (with the app's diagram writer).
     */
    public static void writeWindow(Stage stage, Path out) throws Exception {
        Thread.sleep(1500); // a tool, not a test: nothing to wait on but the pulses settling
        WritableImage image = fx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            DiagramExport.writePng(image, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("wrote " + out);
    }
}
