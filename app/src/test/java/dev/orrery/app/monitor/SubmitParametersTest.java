package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.app.shell.TestWindow;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Run-with-parameters dialog with a long parameter name and a long description, as a person
 * sees it: every name reads in full (no "…"), and the description wraps inside the dialog instead
 * of running off its edge.
 */
@ExtendWith(ApplicationExtension.class)
class SubmitParametersTest {
    private static final String LONG_NAME = "maximum-number-of-training-epochs-before-early-stopping";
    private static final String LONG_DESCRIPTION = "How many passes over the whole training set the trainer"
            + " makes at most; training stops earlier when the validation loss has not improved for the"
            + " number of epochs given by patience. Larger values take longer on a CPU-only machine.";
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void longNamesReadInFullAndLongDescriptionsWrap(FxRobot robot) throws Exception {
        Pipeline p = new Pipeline();
        p.name = "churn-model";
        Parameter epochs = Parameter.of(LONG_NAME, "100");
        epochs.description = LONG_DESCRIPTION;
        p.parameters.add(epochs);
        p.parameters.add(Parameter.of("lr", "0.01"));

        CompletableFuture<Optional<Map<String, String>>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(SubmitParameters.ask(owner, p, "this computer")));
        TestWindow.waitFor(() -> robot.lookup("#submit-parameters").tryQuery().isPresent());

        DialogPane pane = robot.lookup("#submit-parameters").queryAs(DialogPane.class);
        Labeled name = robot.lookup("#param-name-" + LONG_NAME).queryLabeled();
        assertThat(shownText(name)).as("the name as shown").isEqualTo(LONG_NAME);
        assertThat(shownText(robot.lookup("#param-name-lr").queryLabeled())).isEqualTo("lr");

        Labeled description = robot.lookup("#param-description-" + LONG_NAME).queryLabeled();
        assertThat(description.isWrapText()).isTrue();
        assertThat(shownText(description).replace('\n', ' ')).as("the description as shown")
                .isEqualTo(LONG_DESCRIPTION);
        var bounds = description.localToScene(description.getLayoutBounds());
        var paneBounds = pane.localToScene(pane.getLayoutBounds());
        assertThat(bounds.getMaxX()).as("the description's right edge").isLessThanOrEqualTo(paneBounds.getMaxX());
        assertThat(description.getHeight()).as("a wrapped description takes several lines")
                .isGreaterThan(2.5 * description.getFont().getSize());

        robot.clickOn(robot.lookup(".button").match((Button b) -> "Cancel".equals(b.getText())).<Button>query());
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    /** The text the label's skin draws (an ellipsis when it had to cut). */
    private static String shownText(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }
}
