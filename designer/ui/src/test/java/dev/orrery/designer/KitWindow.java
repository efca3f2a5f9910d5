package dev.orrery.designer;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.testing.SharedData;
import dev.orrery.designer.doc.PipelineChecker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bare designer kit in a window for TestFX tests, without the app: palette left, canvas in the
 * middle, property sheet right, as a host embedding the kit would lay them out.
 */
public final class KitWindow {
    private final Designer designer;

    private KitWindow(Stage stage, Pipeline pipeline) {
        designer = new Designer(pipeline, PipelineChecker.VALIDATOR);
        BorderPane root = new BorderPane(designer.canvas());
        root.setLeft(designer.palette());
        root.setRight(designer.properties());
        designer.properties().setPrefWidth(320);
        Scene scene = new Scene(root, 1200, 760);
        // the host's theme: the kit's stylesheet uses its looked-up colours
        scene.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Designer.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        designer.canvas().fit();
    }

    /** Shows the kit with a pipeline (call from a {@code @Start} method). */
    public static KitWindow show(Stage stage, Pipeline pipeline) {
        return new KitWindow(stage, pipeline);
    }

    public Designer designer() {
        return designer;
    }

    /** Stops the kit's threads (call after each test). */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(designer::shutdown).get(10, TimeUnit.SECONDS);
    }

    /** The first pipeline of one of Argo's examples ({@code hello-world.yaml}); skips the test without them. */
    public static Pipeline argoExample(String file) {
        try {
            Path path = SharedData.examplesDir().resolve(file);
            return PipelineFiles.read(path).documents().get(0).pipeline();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits up to 10 s for {@code condition}, then for the FX events it caused. */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
