package dev.orrery.designer.canvas;

import dev.orrery.core.refs.IoKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * A node view's named ports, where {@link PortLayout} puts them: an artifact is a square, a
 * parameter a circle. A port has its name beside the node (inputs left, outputs right) only while
 * no binding runs through it: the edge of a bound port carries the name ({@code EdgeLabels}), and
 * names from both ends and the edge's own would overlap in the gap between two steps. A folded
 * side shows instead the count on its default port. Rebuilt only when the step's ports change.
 * Hovering a port shows the scene's one port tooltip ({@link PortTip}).
 */
final class PortViews {
    private static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");
    /** Gap between a port and its name. */
    private static final double LABEL_GAP = 7;

    private final Group group = new Group();
    private final Circle defaultInput;
    private final Circle defaultOutput;
    /** A folded side's count; made when a side first folds (most steps never do). */
    private Text inputCount;
    private Text outputCount;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Text> names = new ArrayList<>();
    private PortLayout shown;
    private String shownStep;

    PortViews(Circle defaultInput, Circle defaultOutput) {
        this.defaultInput = defaultInput;
        this.defaultOutput = defaultOutput;
        group.setManaged(false);
        group.getStyleClass().add("io-ports");
        defaultInput.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hoverDefault(defaultInput, PortLayout.Side.INPUT));
        defaultOutput.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hoverDefault(defaultOutput, PortLayout.Side.OUTPUT));
        leaves(defaultInput);
        leaves(defaultOutput);
    }

    private static Text countText() {
        Text t = new Text();
        t.getStyleClass().add("port-count");
        t.setTextOrigin(VPos.CENTER);
        t.setMouseTransparent(true);
        t.setVisible(false);
        return t;
    }

    Node node() {
        return group;
    }

    /** Shows a step's ports; cheap when they did not change. */
    void show(String step, PortLayout layout) {
        // called for every view each frame: the same layout object until the document changes
        if ((layout == shown || layout.equals(shown)) && step.equals(shownStep)) {
            return;
        }
        shown = layout;
        shownStep = step;
        shapes.clear();
        names.clear();
        List<Node> children = new ArrayList<>();
        for (PortLayout.Port p : layout.inputs()) {
            add(step, p, children);
        }
        for (PortLayout.Port p : layout.outputs()) {
            add(step, p, children);
        }
        if (layout.inputsFolded() && inputCount == null) {
            inputCount = countText();
        }
        if (layout.outputsFolded() && outputCount == null) {
            outputCount = countText();
        }
        fold(inputCount, defaultInput, layout.inputsFolded(), layout.allInputs().size(), step + "-in", children);
        fold(outputCount, defaultOutput, layout.outputsFolded(), layout.allOutputs().size(), step + "-out", children);
        group.getChildren().setAll(children);
    }

    private void add(String step, PortLayout.Port p, List<Node> children) {
        Shape shape;
        if (p.kind() == IoKind.ARTIFACT) {
            shape = new Rectangle(p.dx() - 4, p.dy() - 4, 8, 8);
            shape.getStyleClass().add("artifact-port");
        } else {
            shape = new Circle(p.dx(), p.dy(), 4.5);
            shape.getStyleClass().add("parameter-port");
        }
        boolean input = p.side() == PortLayout.Side.INPUT;
        shape.getStyleClass().addAll("io-port", input ? "io-input" : "io-output");
        shape.setId("port-" + step + (input ? "-in-" : "-out-") + p.name());
        shape.setUserData(p);
        shape.addEventHandler(MouseEvent.MOUSE_ENTERED,
                e -> PortTip.of(shape.getScene()).enter(shape, p.name() + "\n" + p.detail()));
        leaves(shape);
        if (p.bound()) {
            shape.getStyleClass().add("bound");
            shapes.add(shape);
            children.add(shape);
            return;
        }
        Text name = new Text(p.name());
        name.getStyleClass().add("io-port-name");
        name.setTextOrigin(VPos.CENTER);
        name.setMouseTransparent(true);
        name.setUserData(p);
        shapes.add(shape);
        names.add(name);
        children.add(shape);
        children.add(name);
    }

    private void fold(Text count, Circle port, boolean folded, int n, String id, List<Node> children) {
        if (count != null) {
            count.setText(folded ? Integer.toString(n) : "");
            count.setVisible(folded);
            count.setId(folded ? "port-count-" + id : null);
            children.add(count);
        }
        port.pseudoClassStateChanged(FOLDED, folded);
    }

    private static void leaves(Node port) {
        port.addEventHandler(MouseEvent.MOUSE_EXITED, e -> PortTip.of(port.getScene()).exit(port));
        port.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> PortTip.of(port.getScene()).exit(port));
    }

    /** Places the names beside their ports (after CSS, so that their widths are known). */
    void layout() {
        for (Text t : names) {
            PortLayout.Port p = (PortLayout.Port) t.getUserData();
            double w = t.getLayoutBounds().getWidth();
            t.relocate(p.side() == PortLayout.Side.INPUT ? p.dx() - LABEL_GAP - w : p.dx() + LABEL_GAP,
                    p.dy() - t.getLayoutBounds().getHeight() / 2);
        }
        if (inputCount != null) {
            inputCount.relocate(-LABEL_GAP - inputCount.getLayoutBounds().getWidth() - 2,
                    PortLayout.MID - inputCount.getLayoutBounds().getHeight() / 2);
        }
        if (outputCount != null) {
            outputCount.relocate(NodeView.WIDTH + LABEL_GAP + 2, PortLayout.MID - outputCount.getLayoutBounds().getHeight() / 2);
        }
    }

    private void hoverDefault(Circle port, PortLayout.Side side) {
        boolean folded = shown != null && (side == PortLayout.Side.INPUT ? shown.inputsFolded() : shown.outputsFolded());
        if (folded) {
            List<PortLayout.Port> all = side == PortLayout.Side.INPUT ? shown.allInputs() : shown.allOutputs();
            PortTip.of(port.getScene()).enter(port, all.size() + (side == PortLayout.Side.INPUT ? " inputs" : " outputs")
                    + "\n" + all.stream().map(p -> p.name() + " (" + p.kind().name().toLowerCase(java.util.Locale.ROOT) + ")")
                            .collect(Collectors.joining("\n")));
        }
    }

    /** The named port shown on a side, or null. */
    Shape port(PortLayout.Side side, String name) {
        for (Shape s : shapes) {
            PortLayout.Port p = (PortLayout.Port) s.getUserData();
            if (p.side() == side && p.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The named ports shown, inputs then outputs. */
    List<Shape> ports() {
        return List.copyOf(shapes);
    }

    /** The port names written beside the node, in port order. */
    List<String> names() {
        return names.stream().map(Text::getText).toList();
    }

    /** The text of a folded side's count, or null when the side is not folded. */
    String count(PortLayout.Side side) {
        Text t = side == PortLayout.Side.INPUT ? inputCount : outputCount;
        return t != null && t.isVisible() ? t.getText() : null;
    }
}
