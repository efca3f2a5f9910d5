package dev.orrery.app.monitor;

import dev.orrery.core.text.Counts;
import dev.orrery.runtime.local.ContainerMode;
import dev.orrery.runtime.local.HostSteps.HostStep;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Said before a run on this computer when some of its steps name an image: on this computer they
 * run with its own programs (python3, sh, …), so what the image brings (pandas, torch) must be
 * installed here. The user runs them here anyway, runs them in their images with the container
 * engine found on the PATH (docker, podman; offered only when there is one), or cancels.
 */
public final class HostRunNotice {
    /** What the user chose. */
    public enum Answer {
        RUN_HERE, USE_CONTAINERS, CANCEL
    }

    /** Asks on the FX thread and waits for the answer; the dialog, or a test's or tool's fixed answer. */
    @FunctionalInterface
    public interface Asker {
        Answer ask(Window owner, String pipeline, List<HostStep> steps, Optional<ContainerMode> engine);
    }

    /** The dialog. */
    public static final Asker DIALOG = HostRunNotice::ask;

    private HostRunNotice() {
    }

    private static Answer ask(Window owner, String pipeline, List<HostStep> steps, Optional<ContainerMode> engine) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Run on this computer");
        dialog.setHeaderText(Counts.of(steps.size(), "step") + " of " + pipeline + " will run on this computer,"
                + " not in " + (steps.size() == 1 ? "its image" : "their images"));
        dialog.getDialogPane().setId("host-run-notice");
        ButtonType here = new ButtonType("Run here", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(here);
        ButtonType containers = engine.map(m -> new ButtonType("Use containers (" + m.cli() + ")",
                ButtonBar.ButtonData.OTHER)).orElse(null);
        if (containers != null) {
            dialog.getDialogPane().getButtonTypes().add(containers);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);

        Label why = new Label("They run with this computer's own programs (python3, sh, …). What an image brings,"
                + " such as Python packages (pandas, torch) or tools, must be installed here, or the step fails.");
        why.setWrapText(true);
        VBox list = new VBox(2);
        list.setId("host-run-steps");
        steps.forEach(s -> list.getChildren().add(new Label("•  " + s.step() + "  (" + s.image() + ")")));
        Label how = new Label(engine.isPresent()
                ? "Use containers runs every step in its image with " + engine.get().cli() + "."
                : "No container engine (docker or podman) was found on the PATH; with one, steps can run"
                        + " in their images.");
        how.setWrapText(true);
        VBox content = new VBox(10, why, list, how);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> b == here ? Answer.RUN_HERE : b != null && b == containers
                ? Answer.USE_CONTAINERS : Answer.CANCEL);
        return dialog.showAndWait().orElse(Answer.CANCEL);
    }
}
