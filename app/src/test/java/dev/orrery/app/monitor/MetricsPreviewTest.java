package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A metrics artifact previewed as a person reads it: each value written out, and a score of 0.8 as
 * visible as a row count of 100 because they are drawn against scales of their own.
 */
@ExtendWith(ApplicationExtension.class)
class MetricsPreviewTest {
    private static final String METRICS = "{\"accuracy\": 0.8, \"precision\": 0.7534, \"loss\": 2.31,"
            + " \"test_rows\": 100, \"train_rows\": 400}";
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(root, 700, 500);
        scene.getStylesheets().add(MonitorPane.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void valuesAreWrittenOutAndSmallScoresAreNotDwarfedByCounts(FxRobot robot) {
        ArtifactPreview.Content c = ArtifactPreview.parse("metrics", METRICS.getBytes(StandardCharsets.UTF_8), -1);
        robot.interact(() -> root.getChildren().setAll(c.node()));

        assertThat(robot.lookup("#metric-value-accuracy").queryLabeled().getText()).isEqualTo("0.8");
        assertThat(robot.lookup("#metric-value-precision").queryLabeled().getText()).isEqualTo("0.7534");
        assertThat(robot.lookup("#metric-value-loss").queryLabeled().getText()).isEqualTo("2.31");
        assertThat(robot.lookup("#metric-value-test_rows").queryLabeled().getText()).isEqualTo("100");

        double full = MetricsPreview.BAR_WIDTH;
        assertThat(barWidth(robot, "accuracy")).as("0.8 against 1").isCloseTo(0.8 * full, org.assertj.core.data.Offset.offset(1.0));
        assertThat(barWidth(robot, "test_rows")).as("100 against 100").isCloseTo(full,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(barWidth(robot, "train_rows")).as("400 against 1000").isCloseTo(0.4 * full,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(barWidth(robot, "loss")).as("2.31 against 10").isCloseTo(0.231 * full,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(robot.lookup(".metrics-group-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .containsExactly("Between 0 and 1", "Up to 10", "Up to 100", "Up to 1000");
    }

    @Test
    void groupsAreByMagnitudeAndNumbersReadAsPeopleWriteThem() {
        var groups = MetricsPreview.groups(java.util.Map.of("a", 0.5, "b", -0.2, "c", 42.0, "d", 1e6));
        assertThat(groups).extracting(MetricsPreview.Group::scale).containsExactly(1.0, 100.0, 1e6);
        assertThat(MetricsPreview.format(100)).isEqualTo("100");
        assertThat(MetricsPreview.format(0.123456)).isEqualTo("0.1235");
        assertThat(MetricsPreview.format(1234.5678)).isEqualTo("1235");
        assertThat(MetricsPreview.format(0.00001234)).isEqualTo("1.234e-05");
        assertThat(MetricsPreview.format(-3.5)).isEqualTo("-3.5");
    }

    private static double barWidth(FxRobot robot, String metric) {
        return robot.lookup("#metric-bar-" + metric).queryAs(Region.class).getWidth();
    }
}
