package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * A marker in the middle of each edge that has a problem (hover for the validator's message). The
 * markers live in world coordinates on the canvas's marker layer, so they pan and zoom with the nodes; a
 * dependency on a missing step gets a short stub ending at the step's input.
 */
final class EdgeMarkers {
    /** How far left of the step's input a dangling dependency's stub starts. */
    static final double STUB = 60;
    private final Group group = new Group();
    private final Map<EdgeProblems.Edge, Label> shown = new HashMap<>();
    private EdgeProblems problems = EdgeProblems.NONE;
    private Object problemsKey;

    EdgeMarkers() {
        group.setManaged(false);
        group.getStyleClass().add("edge-markers");
    }

    /** The edge problems for a graph and the validator's findings, recomputed only when the key changes. */
    EdgeProblems problems(GraphIndex index, List<Diagnostic> found, Object key) {
        if (!key.equals(problemsKey)) {
            problems = EdgeProblems.of(index, found);
            problemsKey = key;
        }
        return problems;
    }

    Group node() {
        return group;
    }

    void update(EdgeProblems problems, Function<String, Position> position) {
        shown.keySet().removeIf(e -> {
            if (!problems.all().containsKey(e)) {
                group.getChildren().remove(shown.get(e));
                return true;
            }
            return false;
        });
        problems.all().forEach((edge, found) -> {
            Position to = position.apply(edge.to());
            if (to == null) {
                return;
            }
            GraphSnapshot.ProblemEdge line = GraphSnapshot.ProblemEdge.between(position.apply(edge.from()), to);
            Label marker = shown.computeIfAbsent(edge, e -> newMarker(e));
            marker.setUserData(found);
            ((Tooltip) marker.getTooltip()).setText(text(found));
            marker.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"),
                    found.stream().noneMatch(Diagnostic::isError));
            marker.autosize();
            marker.relocate((line.x1() + line.x2()) / 2 - marker.getWidth() / 2,
                    (line.y1() + line.y2()) / 2 - marker.getHeight() / 2);
        });
    }

    private Label newMarker(EdgeProblems.Edge e) {
        Label l = new Label(null, new FontIcon(MaterialDesignA.ALERT_CIRCLE));
        l.setId("edge-problem-" + e.from() + "--" + e.to());
        l.getStyleClass().add("edge-marker");
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(200));
        l.setTooltip(tip);
        group.getChildren().add(l);
        return l;
    }

    private static String text(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::message).distinct().collect(Collectors.joining("\n"));
    }

    /** The message shown on hover of an edge's marker, or null when the edge has none (tests). */
    String messageOf(String from, String to) {
        Label l = shown.get(new EdgeProblems.Edge(from, to));
        return l == null ? null : l.getTooltip().getText();
    }
}
