package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Export checks before asking for a file and says why in plain words; file dialogs start in the last folder. */
@ExtendWith(ApplicationExtension.class)
class FileHabitsTest {
    private TestWindow shown;
    private MainWindow window;
    private TestPrompts prompts;
    /** The folder each dialog started in, in order; the answer is {@link #answer}. */
    private final List<File> startedIn = new ArrayList<>();
    private File answer;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        prompts = shown.prompts();
        window.choosers().setDialogs(new FileChoosers.Dialogs() {
            @Override
            public File showOpen(FileChooser chooser) {
                startedIn.add(chooser.getInitialDirectory());
                return answer;
            }

            @Override
            public File showSave(FileChooser chooser) {
                startedIn.add(chooser.getInitialDirectory());
                return answer;
            }
        });
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private void load(Pipeline p, FxRobot robot) {
        robot.interact(() -> window.files().loadNew(p));
    }

    @Test
    void anExportWithErrorsIsRefusedBeforeAFileIsChosenInPlainWords(FxRobot robot) throws Exception {
        Pipeline broken = SamplePipeline.load();
        broken.template("train").orElseThrow().container.image = null;
        load(broken, robot);

        robot.interact(() -> window.exportArgo(ArgoKind.WORKFLOW));
        waitFor(() -> !prompts.errors.isEmpty());

        assertThat(startedIn).as("no file dialog for an export that cannot happen").isEmpty();
        String said = prompts.errors.get(0);
        assertThat(said).startsWith("Export refused: Fix this error first").contains("• Step train").contains("has no image")
                .doesNotContain("<input>", "error:");
    }

    @Test
    void fileDialogsStartInTheLastFolderUsed(FxRobot robot) throws Exception {
        load(SamplePipeline.load(), robot);
        Path folder = Files.createDirectories(temp.resolve("exports"));
        answer = folder.resolve("ml-training.yaml").toFile();

        robot.interact(() -> window.exportArgo(ArgoKind.WORKFLOW));
        waitFor(() -> Files.exists(folder.resolve("ml-training.yaml")));

        answer = null;
        robot.interact(window::openChosen);
        robot.interact(window::saveAs);
        assertThat(startedIn).hasSize(3);
        assertThat(startedIn.get(1)).as("Open starts where the export went").isEqualTo(folder.toFile());
        assertThat(startedIn.get(2)).as("so does Save As").isEqualTo(folder.toFile());
        assertThat(window.choosers().lastFolder()).contains(folder);
    }

    @Test
    void aFileOfOnlyEventSourcesSaysWhatItHoldsInsteadOfAPipeline(FxRobot robot) throws Exception {
        load(SamplePipeline.load(), robot);
        Path events = Files.writeString(temp.resolve("calendar.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: EventSource
                metadata:
                  name: calendar
                spec:
                  calendar:
                    nightly:
                      schedule: "0 2 * * *"
                """);

        robot.interact(() -> window.files().open(events));
        waitFor(() -> !prompts.errors.isEmpty());

        assertThat(prompts.errors.get(0)).startsWith("Cannot open calendar.yaml: It holds no pipeline, only: EventSource.")
                .contains("orrery export FILE --to native");
        assertThat(window.designer().document().pipeline().displayName()).as("the open pipeline stays")
                .isEqualTo(SamplePipeline.load().displayName());
    }
}
