package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.doc.DesignDocument;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ New over a modified pipeline asks first, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ReplacePipelineTest {
    private MainWindow window;
    private DesignDocument doc;
    private GraphCanvas canvas;
    private TestWindow shown;
    private TestPrompts prompts;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        prompts = shown.prompts();
        window.openSample();
        doc = window.designer().document();
        canvas = window.designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    void replacingAModifiedPipelineAsksFirst(FxRobot robot) throws Exception {
        robot.interact(() -> doc.selection().select("train"));
        robot.interact(canvas::deleteSelection);
        assertThat(doc.isModified()).isTrue();
        prompts.unsaved = Prompts.Unsaved.CANCEL;
        robot.interact(window::newBlank);
        assertThat(prompts.asked).contains("unsaved ml-training");
        assertThat(doc.step("evaluate")).as("cancel keeps the pipeline").isPresent();
        prompts.unsaved = Prompts.Unsaved.DISCARD;
        robot.interact(window::newBlank);
        waitFor(() -> doc.graph() != null && doc.graph().steps.isEmpty());
        assertThat(doc.isModified()).isFalse();
        assertThat(doc.jobs().undoDepth()).isZero();
    }
}
