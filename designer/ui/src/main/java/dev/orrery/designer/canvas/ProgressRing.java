package dev.orrery.designer.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;

/**
 * The ring a {@link NodeProgress} draws around a node view's status icon: a grey track, one arc per
 * segment clockwise from the top, and the caption to its left. Rebuilt only when the progress changes.
 */
final class ProgressRing extends Group {
    static final double RADIUS = 13;
    private final Arc track = arc(0, 360);
    private final Group arcs = new Group();
    private final Label caption = new Label();
    private NodeProgress shown;

    ProgressRing() {
        getStyleClass().add("progress-ring");
        track.getStyleClass().add("progress-ring-track");
        track.setStroke(Color.web("#9aa5b1", 0.35));
        caption.getStyleClass().add("progress-ring-caption");
        caption.setLayoutY(-9);
        getChildren().addAll(track, arcs, caption);
        setMouseTransparent(false);
        setVisible(false);
        setManaged(false);
    }

    private static Arc arc(double start, double length) {
        Arc a = new Arc(0, 0, RADIUS, RADIUS, start, length);
        a.setType(ArcType.OPEN);
        a.setFill(null);
        a.setStrokeWidth(3.5);
        a.setStrokeLineCap(StrokeLineCap.BUTT);
        return a;
    }

    void show(NodeProgress p) {
        if (java.util.Objects.equals(p, shown)) {
            return;
        }
        shown = p;
        setVisible(p != null);
        if (p == null) {
            arcs.getChildren().clear();
            return;
        }
        List<Arc> out = new ArrayList<>();
        double start = 90; // from the top, clockwise (JavaFX arcs go counter-clockwise for positive lengths)
        for (NodeProgress.Segment s : p.segments()) {
            if (s.share() <= 0) {
                continue;
            }
            Arc a = arc(start, -360 * s.share());
            a.setStroke(Color.web(s.colour()));
            a.getStyleClass().add("progress-ring-segment");
            out.add(a);
            start -= 360 * s.share();
        }
        arcs.getChildren().setAll(out);
        caption.setText(p.caption());
        caption.applyCss();
        double w = caption.prefWidth(-1);
        caption.setLayoutX(-RADIUS - 4 - w);
    }

    NodeProgress shown() {
        return shown;
    }

    /** The arcs drawn, in order (for tests). */
    List<Arc> segmentArcs() {
        return arcs.getChildren().stream().map(Arc.class::cast).toList();
    }

    Label caption() {
        return caption;
    }
}
