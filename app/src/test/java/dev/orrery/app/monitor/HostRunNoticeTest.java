package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.local.ContainerMode;
import dev.orrery.runtime.local.LocalRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Before a run on this computer, the monitor says which steps will run here instead of in their
 * image, and the user chooses: "Run here" runs, "Cancel" starts nothing, and "Use containers" is
 * offered only when docker or podman is on the PATH. A pipeline whose steps name no image runs at once.
 */
@ExtendWith(ApplicationExtension.class)
class HostRunNoticeTest {
    private MonitorPane monitor;
    private LocalRuntime local;

    @Start
    void start(Stage stage) throws Exception {
        Path runs = Files.createTempDirectory("orrery-host-notice");
        monitor = new MonitorPane(() -> local = new LocalRuntime(runs), Pipeline::new);
        stage.setScene(new Scene(monitor, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(monitor::shutdown).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theNoticeListsTheStepsAndRunHereRuns(FxRobot robot) throws Exception {
        CompletableFuture<RunRef> submitted = submit(robot, pipeline("python:3.12-slim"));
        TestWindow.waitFor(() -> robot.lookup("#host-run-notice").tryQuery().isPresent());

        assertThat(robot.from(robot.lookup("#host-run-steps").queryParent()).lookup(".label")
                .queryAllAs(Label.class)).extracting(Label::getText).containsExactly("•  say  (python:3.12-slim)");
        boolean engine = ContainerMode.detect().isPresent();
        assertThat(robot.lookup(".button").match((Button b) -> b.getText() != null && b.getText().startsWith("Use containers")).tryQuery())
                .as("offered only with a container engine on the PATH").matches(o -> o.isPresent() == engine);

        clickButton(robot, "Run here");
        RunRef ref = submitted.get(30, TimeUnit.SECONDS);
        assertThat(local.completion(ref).get(60, TimeUnit.SECONDS).phase()).isEqualTo(Phase.SUCCEEDED);
    }

    @Test
    void cancelStartsNothing(FxRobot robot) throws Exception {
        CompletableFuture<RunRef> submitted = submit(robot, pipeline("python:3.12-slim"));
        TestWindow.waitFor(() -> robot.lookup("#host-run-notice").tryQuery().isPresent());

        clickButton(robot, "Cancel");
        TestWindow.waitFor(submitted::isDone);
        assertThat(submitted).isCancelled();
        assertThat(monitor.probe().localRuntime().get(10, TimeUnit.SECONDS).list()).isEmpty();
    }

    @Test
    void stepsWithoutAnImageRunWithoutAsking(FxRobot robot) throws Exception {
        RunRef ref = submit(robot, pipeline(null)).get(30, TimeUnit.SECONDS);
        assertThat(robot.lookup("#host-run-notice").tryQuery()).isEmpty();
        assertThat(local.completion(ref).get(60, TimeUnit.SECONDS).phase()).isEqualTo(Phase.SUCCEEDED);
    }

    private CompletableFuture<RunRef> submit(FxRobot robot, Pipeline p) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> monitor.runOnThisComputer(p)).get(10, TimeUnit.SECONDS);
    }

    private static void clickButton(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(".button").match((Button b) -> text.equals(b.getText())).<Button>query());
    }

    /** One python3 script step, with {@code image} (or none). */
    private static Pipeline pipeline(String image) {
        Pipeline p = new Pipeline();
        p.name = "notice";
        p.entrypoint = "main";
        Template say = new Template("say");
        say.container = new Container();
        say.container.image = image;
        say.container.language = "python";
        say.container.source = "print('hello from here')\n";
        Template main = new Template("main");
        main.graph = new Graph();
        main.graph.steps.add(new Step("say", "say"));
        p.templates.add(say);
        p.templates.add(main);
        return p;
    }
}
