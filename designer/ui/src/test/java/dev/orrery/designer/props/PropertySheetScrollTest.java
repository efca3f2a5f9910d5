package dev.orrery.designer.props;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import dev.orrery.designer.job.StepEditJob;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Selecting another step shows its sheet from the top; an edit to the shown step keeps the place. */
@ExtendWith(ApplicationExtension.class)
class PropertySheetScrollTest {
    private DesignDocument doc;
    private PropertySheet sheet;

    @Start
    void start(Stage stage) {
        doc = new DesignDocument(CanvasJobsTest.chain());
        sheet = new PropertySheet(doc);
        // short enough that a step's sheet scrolls
        stage.setScene(new Scene(sheet, 320, 200));
        stage.show();
    }

    @Test
    void anotherStepIsShownFromTheTop(FxRobot robot) {
        robot.interact(() -> doc.selection().select("a"));
        robot.interact(() -> sheet.setVvalue(sheet.getVmax()));
        assertThat(sheet.getVvalue()).isEqualTo(sheet.getVmax());

        robot.interact(() -> doc.execute(new StepEditJob(doc, "a", "Set when", s -> s.when = "true")));
        assertThat(sheet.getVvalue()).as("an edit of the shown step keeps the place").isEqualTo(sheet.getVmax());

        robot.interact(() -> doc.selection().select("b"));
        assertThat(sheet.getVvalue()).as("b's sheet from the top").isEqualTo(sheet.getVmin());
        assertThat(robot.lookup("#prop-name").queryTextInputControl().getText()).isEqualTo("b");
    }
}
