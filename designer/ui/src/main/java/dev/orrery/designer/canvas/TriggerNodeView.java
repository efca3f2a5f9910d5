package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.EventTrigger;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An event trigger on the canvas, left of the graph: the event kind's icon, the trigger's name and kind, a problem marker. */
public final class TriggerNodeView extends Region {
    public static final double WIDTH = 190;
    public static final double HEIGHT = 54;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final String triggerName;
    private final FontIcon marker = new FontIcon("mdi2a-alert-circle");
    private final FontIcon icon = new FontIcon();
    private final Label kind = new Label();
    private final HBox body;
    private final Tooltip tooltip = new Tooltip();

    TriggerNodeView(String triggerName) {
        this.triggerName = triggerName;
        getStyleClass().addAll("orrery-node", "trigger-node");
        setId("trigger-" + triggerName);
        icon.getStyleClass().add("trigger-icon");
        icon.setIconSize(22);
        Label name = new Label(triggerName == null ? "(unnamed)" : triggerName);
        name.getStyleClass().add("node-name");
        kind.getStyleClass().add("node-image");
        body = new HBox(8, icon, new VBox(1, name, kind));
        body.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("node-body");
        marker.getStyleClass().add("node-marker");
        getChildren().addAll(body, marker);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
    }

    /** Shows the trigger's kind, selection and findings (the view is kept while its trigger keeps its name). */
    void show(EventTrigger t, boolean selected, List<Diagnostic> problems) {
        icon.setIconLiteral(TriggerStyle.icon(t.type));
        kind.setText(TriggerStyle.label(t.type) + mappingCount(t));
        marker.setVisible(!problems.isEmpty());
        pseudoClassStateChanged(SELECTED, selected);
        boolean error = problems.stream().anyMatch(Diagnostic::isError);
        pseudoClassStateChanged(ERROR, error);
        pseudoClassStateChanged(WARNING, !error && !problems.isEmpty());
        if (problems.isEmpty()) {
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(problems.stream().map(Diagnostic::message).collect(Collectors.joining("\n")));
            Tooltip.install(this, tooltip);
        }
    }

    private static String mappingCount(EventTrigger t) {
        int n = t.mappings.size();
        return n == 0 ? "" : " · " + n + (n == 1 ? " mapping" : " mappings");
    }

    @Override
    protected void layoutChildren() {
        body.resizeRelocate(0, 0, WIDTH, HEIGHT);
        marker.relocate(WIDTH - 22, 6);
    }

    public String triggerName() {
        return triggerName;
    }

    /** Whether the node shows a problem marker (an error or warning of its trigger). */
    public boolean showsProblem() {
        return marker.isVisible();
    }
}
