package dev.orrery.app.monitor;

import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.Runtime;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The monitor panel alone in a window, styled as in the app, for the monitor's TestFX tests. */
final class MonitorWindow {
    private MonitorWindow() {
    }

    /** Shows a monitor whose runs on this computer come from the given runtime (FX thread, in {@code @Start}). */
    static MonitorPane show(Stage stage, Supplier<? extends Runtime> runtime) {
        MonitorPane monitor = new MonitorPane(runtime, Pipeline::new);
        Scene scene = new Scene(monitor, 1400, 900);
        scene.getStylesheets().addAll(dev.orrery.designer.Designer.STYLESHEET, MonitorPane.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        return monitor;
    }

    /** Stops the monitor's watches and workers (in {@code @AfterEach}). */
    static void close(MonitorPane monitor) throws Exception {
        WaitForAsyncUtils.asyncFx(monitor::shutdown).get(10, TimeUnit.SECONDS);
    }
}
