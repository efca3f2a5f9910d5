package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.designer.doc.ShownSteps;
import dev.orrery.designer.doc.StepPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;

/**
 * The pipeline's event triggers on the canvas: a column of {@link TriggerNodeView}s left of the graph, in
 * world coordinates, each wired by a dashed curve to the entry steps (those that depend on nothing), which
 * are what an event starts. The places follow the graph's bounds; triggers have no stored position. A
 * press on a node selects its trigger; the node's own handlers take the mouse, so the canvas's gestures
 * never see presses on triggers.
 */
final class TriggerLayer {
    static final double GAP_X = 110;
    static final double GAP_Y = 24;

    private final Pane pane = new Pane();
    private final Consumer<String> onPress;
    private final MenuShower onMenu;

    /** Shows a trigger's menu at a screen point. */
    interface MenuShower {
        void show(TriggerNodeView v, double screenX, double screenY);
    }
    private final Map<String, Rectangle2D> places = new LinkedHashMap<>();
    /** The node of each trigger, kept while the trigger keeps its name (tests and menus hold on to them). */
    private final Map<String, TriggerNodeView> views = new LinkedHashMap<>();
    private Object shownKey;
    private Rectangle2D bounds;

    TriggerLayer(Consumer<String> onPress, MenuShower onMenu) {
        this.onPress = onPress;
        this.onMenu = onMenu;
        pane.setManaged(false);
        pane.setPickOnBounds(false);
        pane.setId("trigger-layer");
    }

    Pane node() {
        return pane;
    }

    /** Where each trigger goes: a column, centred on the graph's height, {@link #GAP_X} left of it. */
    static Map<String, Rectangle2D> place(List<EventTrigger> triggers, Rectangle2D stepBounds) {
        Map<String, Rectangle2D> out = new LinkedHashMap<>();
        double right = stepBounds == null ? 0 : stepBounds.getMinX() - GAP_X;
        double middle = stepBounds == null ? 0 : stepBounds.getMinY() + stepBounds.getHeight() / 2;
        double total = triggers.size() * TriggerNodeView.HEIGHT + Math.max(0, triggers.size() - 1) * GAP_Y;
        double y = middle - total / 2;
        for (EventTrigger t : triggers) {
            out.putIfAbsent(String.valueOf(t.name), new Rectangle2D(right - TriggerNodeView.WIDTH, y,
                    TriggerNodeView.WIDTH, TriggerNodeView.HEIGHT));
            y += TriggerNodeView.HEIGHT + GAP_Y;
        }
        return out;
    }

    /** The steps an event starts: shown, not inside a group, depending on nothing, not the exit handler. */
    static List<String> entrySteps(Pipeline p, List<Step> shown) {
        String exit = ShownSteps.of(p).exitName();
        List<String> out = new ArrayList<>();
        for (Step s : shown) {
            if (s.dependsOn.isEmpty() && !StepPaths.isInner(s.name) && !s.name.equals(exit)) {
                out.add(s.name);
            }
        }
        return out;
    }

    /**
     * Rebuilds the nodes and wires when {@code key} (revision, selection, problems, preview) changed.
     *
     * @param position where a step is drawn now
     */
    void update(Object key, Pipeline p, List<Step> shown, Function<String, Position> position,
            Rectangle2D stepBounds, String selected, List<Diagnostic> problems) {
        if (Objects.equals(key, shownKey)) {
            return;
        }
        shownKey = key;
        places.clear();
        places.putAll(place(p.triggers, stepBounds));
        pane.getChildren().clear();
        bounds = null;
        views.keySet().retainAll(places.keySet());
        if (p.triggers.isEmpty()) {
            return;
        }
        List<String> entries = entrySteps(p, shown);
        for (EventTrigger t : p.triggers) {
            Rectangle2D at = places.get(String.valueOf(t.name));
            for (String step : entries) {
                Position s = position.apply(step);
                if (s != null) {
                    pane.getChildren().add(wire(at, s));
                }
            }
        }
        for (EventTrigger t : p.triggers) {
            Rectangle2D at = places.get(String.valueOf(t.name));
            TriggerNodeView v = views.computeIfAbsent(String.valueOf(t.name), name -> hook(new TriggerNodeView(t.name)));
            v.show(t, t.name != null && t.name.equals(selected), problemsOf(t, problems));
            v.relocate(at.getMinX(), at.getMinY());
            if (!pane.getChildren().contains(v)) {
                pane.getChildren().add(v);
            }
            bounds = bounds == null ? at : union(bounds, at);
        }
    }

    private static CubicCurve wire(Rectangle2D from, Position to) {
        double x1 = from.getMaxX();
        double y1 = from.getMinY() + from.getHeight() / 2;
        double[] in = PortLayout.defaultInput(to.x(), to.y());
        double dx = Math.max(40, (in[0] - x1) / 2);
        CubicCurve c = new CubicCurve(x1, y1, x1 + dx, y1, in[0] - dx, in[1], in[0], in[1]);
        c.getStyleClass().add("trigger-wire");
        c.setMouseTransparent(true);
        return c;
    }

    private TriggerNodeView hook(TriggerNodeView v) {
        v.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY) {
                onPress.accept(v.triggerName());
            }
            e.consume();
        });
        // the press was taken here, so the canvas's drag and release gestures must not see the rest
        v.addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        // the menu shows on a right button's release, as the canvas's own menu does; the menu key shows it too
        v.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && v.contains(v.sceneToLocal(e.getSceneX(), e.getSceneY()))) {
                onMenu.show(v, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        v.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                javafx.geometry.Point2D at = v.localToScreen(TriggerNodeView.WIDTH / 2, TriggerNodeView.HEIGHT / 2);
                onMenu.show(v, at.getX(), at.getY());
            }
            e.consume();
        });
        return v;
    }

    /** A trigger's findings: those whose field is {@code triggers.NAME} or under it. */
    static List<Diagnostic> problemsOf(EventTrigger t, List<Diagnostic> all) {
        String field = "triggers." + t.name;
        return all.stream().filter(d -> d.location().step() == null && d.location().field() != null
                && (d.location().field().equals(field) || d.location().field().startsWith(field + ".")))
                .toList();
    }

    /** The world rectangle the trigger nodes take, or null without triggers. */
    Rectangle2D bounds() {
        return bounds;
    }

    /** The trigger node at a world point, or null. */
    String triggerAt(double x, double y) {
        for (Map.Entry<String, Rectangle2D> e : places.entrySet()) {
            if (e.getValue().contains(x, y)) {
                return e.getKey();
            }
        }
        return null;
    }

    TriggerNodeView viewOf(String name) {
        TriggerNodeView v = views.get(name);
        return v != null && v.getParent() == pane ? v : null;
    }

    static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double x0 = Math.min(a.getMinX(), b.getMinX());
        double y0 = Math.min(a.getMinY(), b.getMinY());
        return new Rectangle2D(x0, y0, Math.max(a.getMaxX(), b.getMaxX()) - x0, Math.max(a.getMaxY(), b.getMaxY()) - y0);
    }
}
