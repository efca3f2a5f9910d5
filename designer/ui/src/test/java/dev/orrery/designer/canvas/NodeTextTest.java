package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.designer.KitWindow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A step's name and image fit its box: shortened with an ellipsis as a label would, never overflowing. */
@ExtendWith(ApplicationExtension.class)
class NodeTextTest {
    private static final String LONG_NAME = "prepare-the-customer-churn-training-dataset-for-march";
    private static final String LONG_IMAGE = "registry.example.com/ml-platform/pytorch-training:2.4.0-cuda12.1-cudnn9-runtime";

    private KitWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        shown = KitWindow.show(stage, KitWindow.parse("""
                apiVersion: orrery.dev/v1alpha1
                kind: Pipeline
                metadata: {name: texts}
                spec:
                  entrypoint: main
                  steps:
                    - name: short
                      image: busybox
                      command: [echo]
                    - name: %s
                      image: %s
                      command: [echo]
                  layout:
                    short: [80, 80]
                    %s: [80, 240]
                """.formatted(LONG_NAME, LONG_IMAGE, LONG_NAME)));
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    void longTextsAreShortenedWithAnEllipsisAndShortOnesKeptWhole(FxRobot robot) throws Exception {
        GraphCanvas canvas = shown.designer().canvas();
        waitFor(() -> canvas.viewOf("short") != null && canvas.viewOf(LONG_NAME) != null);
        robot.interact(() -> { });

        Text shortName = text(canvas.viewOf("short"), "node-name");
        Text shortImage = text(canvas.viewOf("short"), "node-image");
        assertThat(shortName.getText()).isEqualTo("short");
        assertThat(shortImage.getText()).isEqualTo("busybox");

        NodeView view = canvas.viewOf(LONG_NAME);
        Text name = text(view, "node-name");
        Text image = text(view, "node-image");
        // the name keeps its start, the image both ends (registry and tag say most)
        assertThat(name.getText()).endsWith("…").isNotEqualTo(LONG_NAME);
        assertThat(LONG_NAME).startsWith(name.getText().substring(0, name.getText().length() - 1));
        assertThat(image.getText()).contains("…");
        String[] ends = image.getText().split("…");
        assertThat(LONG_IMAGE).startsWith(ends[0]).endsWith(ends[1]);
        // both stay inside the box
        assertThat(view.sceneToLocal(name.localToScene(name.getLayoutBounds())).getMaxX())
                .isLessThanOrEqualTo(NodeView.WIDTH);
        assertThat(view.sceneToLocal(image.localToScene(image.getLayoutBounds())).getMaxX())
                .isLessThanOrEqualTo(NodeView.WIDTH);
    }

    private static Text text(NodeView view, String styleClass) {
        return (Text) view.lookup("." + styleClass);
    }
}
