package dev.orrery.app.compare;

import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A comparison in a window of its own, beside the main window (so it can be kept open while the
 * monitor goes on, or put on a second screen). Escape or the window's close button closes it.
 */
public final class ComparisonWindow {
    public static final String STYLESHEET = ComparisonWindow.class.getResource("compare.css").toExternalForm();

    private final Stage stage = new Stage();
    private final ComparisonView view;

    private ComparisonWindow(Window owner, String title, Executor background) {
        view = new ComparisonView(background);
        Scene scene = new Scene(view, 1180, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setScene(scene);
    }

    /** Opens a window (FX thread); fill it with {@link ComparisonView#show}. */
    public static ComparisonWindow open(Window owner, String title, Executor background) {
        ComparisonWindow w = new ComparisonWindow(owner, title, background);
        w.stage.show();
        return w;
    }

    public ComparisonView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }
}
