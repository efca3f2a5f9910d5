package dev.orrery.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one designer window, on the file given as argument or the sample pipeline. */
public final class OrreryApplication extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage);
        List<String> args = getParameters().getUnnamed();
        stage.show();
        if (!args.isEmpty() && Files.isRegularFile(Path.of(args.get(0)))) {
            window.open(Path.of(args.get(0)));
        } else {
            window.openSample();
        }
    }
}
