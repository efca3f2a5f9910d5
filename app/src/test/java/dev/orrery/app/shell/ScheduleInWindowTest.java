package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.testing.ArgoSchema;
import dev.orrery.core.testing.YamlDocuments;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's schedule acceptance in the real window: type a cron expression and a timezone into
 * the pipeline's sheet, see the reading and the next ten firing times, export a valid CronWorkflow.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleInWindowTest {
    private TestWindow shown;
    private MainWindow window;
    private DesignDocument doc;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        window.files().loadNew(SamplePipeline.blank());
        doc = window.designer().document();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    void addAScheduleSeeItsNextFiringTimesAndExportACronWorkflow(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#prop-schedules").tryQuery().isPresent());
        Node crons = robot.lookup("#prop-schedules").query();
        assertThat(robot.lookup("#prop-timezone").query().isDisabled()).as("no schedule yet").isTrue();
        int depth = doc.jobs().undoDepth();

        scrollTo(robot, crons);
        robot.clickOn(crons).write("0 2 * * 1-5");
        waitFor(() -> previewText(robot).contains("at 02:00, Monday to Friday"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> doc.pipeline().schedule != null);
        assertThat(doc.pipeline().argoKind).isEqualTo(ArgoKind.CRON_WORKFLOW);
        assertThat(doc.jobs().undoDepth()).as("one undo step").isEqualTo(depth + 1);

        Node zone = robot.lookup("#prop-timezone").query();
        waitFor(() -> !zone.isDisabled());
        scrollTo(robot, zone);
        robot.clickOn(zone).write("Europe/Berlin");
        waitFor(() -> timesShown(robot).size() == 10
                && timesShown(robot).stream().allMatch(t -> t.matches("(Mon|Tue|Wed|Thu|Fri) .* 02:00 \\(\\+0[12]:00\\)")));
        robot.type(KeyCode.ENTER);
        waitFor(() -> "Europe/Berlin".equals(doc.pipeline().schedule.timezone));
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 2);

        robot.clickOn(crons).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0 25 * * *");
        waitFor(() -> robot.lookup(".field-message").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().contains("hour field")));
        robot.type(KeyCode.ESCAPE);

        Path out = temp.resolve("nightly.yaml");
        Boolean exported = WaitForAsyncUtils.asyncFx(() -> window.files().exportArgo(out, doc.pipeline().argoKind))
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        assertThat(exported).isTrue();
        JsonNode cron = YamlDocuments.read(out).get(0);
        assertThat(cron.path("kind").asText()).isEqualTo("CronWorkflow");
        assertThat(cron.path("spec").path("schedules").get(0).asText()).isEqualTo("0 2 * * 1-5");
        assertThat(cron.path("spec").path("timezone").asText()).isEqualTo("Europe/Berlin");
        ArgoSchema.assertValidStrict(cron, "exported CronWorkflow");
    }

    private static String previewText(FxRobot robot) {
        VBox box = robot.lookup("#schedule-preview").queryAs(VBox.class);
        return String.join("\n", box.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    private static List<String> timesShown(FxRobot robot) {
        return robot.lookup("#schedule-preview .schedule-times").queryAll().stream()
                .flatMap(n -> ((Label) n).getText().lines()).toList();
    }

    private static void scrollTo(FxRobot robot, Node field) {
        robot.interact(() -> {
            ScrollPane sheet = robot.lookup("#properties").queryAs(ScrollPane.class);
            Node content = sheet.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double room = content.getLayoutBounds().getHeight() - sheet.getViewportBounds().getHeight();
            sheet.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
