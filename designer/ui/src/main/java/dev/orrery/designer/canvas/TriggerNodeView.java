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
    private final HBox body;

    TriggerNodeView(EventTrigger t, boolean selected, List<Diagnostic> problems) {
        this.triggerName = t.name;
        getStyleClass().addAll("orrery-node", "trigger-node");
        setId("trigger-" + t.name);
        FontIcon icon = new FontIcon(TriggerStyle.icon(t.type));
        icon.getStyleClass().add("trigger-icon");
        icon.setIconSize(22);
        Label name = new Label(t.name == null ? "(unnamed)" : t.name);
        name.getStyleClass().add("node-name");
        Label kind = new Label(TriggerStyle.label(t.type) + mappingCount(t));
        kind.getStyleClass().add("node-image");
        body = new HBox(8, icon, new VBox(1, name, kind));
        body.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("node-body");
        marker.getStyleClass().add("node-marker");
        marker.setVisible(!problems.isEmpty());
        getChildren().addAll(body, marker);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
        pseudoClassStateChanged(SELECTED, selected);
        boolean error = problems.stream().anyMatch(Diagnostic::isError);
        pseudoClassStateChanged(ERROR, error);
        pseudoClassStateChanged(WARNING, !error && !problems.isEmpty());
        if (!problems.isEmpty()) {
            Tooltip.install(this, new Tooltip(problems.stream().map(Diagnostic::message)
                    .collect(Collectors.joining("\n"))));
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
