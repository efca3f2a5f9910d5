package dev.orrery.designer.palette;

import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.StepKind;
import dev.orrery.designer.canvas.KindStyle;
import dev.orrery.designer.canvas.TriggerStyle;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The step kinds to drag onto the canvas, and the event triggers that start the pipeline. Dragging is done with plain mouse events (press on an
 * item, release over the canvas), which behaves the same on every platform and in headless tests;
 * double-click adds the kind in the middle of the view.
 */
public final class Palette extends VBox {
    /** Where a drag ended: the kind and the scene point. */
    public record Drop(StepKind kind, Point2D scenePoint) {
    }

    private Consumer<Drop> onDrop = d -> { };
    private Consumer<StepKind> onActivate = k -> { };
    private Consumer<EventKind> onAddTrigger = k -> { };

    public Palette() {
        super(2);
        getStyleClass().add("orrery-palette");
        setId("palette");
        setMinWidth(215);
        Label title = new Label("Steps");
        title.getStyleClass().add("palette-title");
        getChildren().add(title);
        for (StepKind kind : StepFactory.paletteKinds()) {
            getChildren().add(item(kind));
        }
        Label triggers = new Label("Triggers");
        triggers.getStyleClass().add("palette-title");
        getChildren().add(triggers);
        for (EventKind kind : EventKind.values()) {
            getChildren().add(triggerItem(kind));
        }
    }

    /** A trigger kind: dropped on the canvas or double-clicked, the pipeline gets a trigger of that kind. */
    private Label triggerItem(EventKind kind) {
        FontIcon icon = new FontIcon(TriggerStyle.icon(kind.type()));
        icon.setIconSize(18);
        icon.getStyleClass().add("trigger-icon");
        Label l = new Label(kind.label(), icon);
        l.getStyleClass().addAll("palette-item", "palette-trigger");
        l.setId("palette-trigger-" + kind.type());
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTooltip(new Tooltip("Drag onto the canvas, or double-click: the pipeline starts on this event"));
        l.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !l.contains(l.sceneToLocal(e.getSceneX(), e.getSceneY()))
                    && dropTarget.test(new Point2D(e.getSceneX(), e.getSceneY()))) {
                onAddTrigger.accept(kind);
            }
        });
        l.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 2 && e.getClickCount() % 2 == 0) {
                onAddTrigger.accept(kind);
            }
        });
        return l;
    }

    private java.util.function.Predicate<Point2D> dropTarget = p -> false;

    /** What adding a trigger of a kind does; {@code dropTarget} says whether a scene point is on the canvas. */
    public void setOnAddTrigger(Consumer<EventKind> handler, java.util.function.Predicate<Point2D> dropTarget) {
        this.onAddTrigger = handler;
        this.dropTarget = dropTarget;
    }

    private Label item(StepKind kind) {
        KindStyle style = KindStyle.of(kind);
        FontIcon icon = new FontIcon(style.icon());
        icon.setIconColor(style.accent());
        icon.setIconSize(18);
        Label l = new Label(title(kind), icon);
        l.getStyleClass().add("palette-item");
        l.setId("palette-" + kind.id());
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTooltip(new Tooltip("Drag onto the canvas, or double-click to add"));
        l.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> l.setCursor(Cursor.CLOSED_HAND));
        l.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            l.setCursor(Cursor.DEFAULT);
            if (e.getButton() == MouseButton.PRIMARY && !l.contains(l.sceneToLocal(e.getSceneX(), e.getSceneY()))) {
                onDrop.accept(new Drop(kind, new Point2D(e.getSceneX(), e.getSceneY())));
            }
        });
        // every second click of a run adds one: two quick double-clicks arrive as counts 1-2-3-4 and add two steps
        l.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 2 && e.getClickCount() % 2 == 0) {
                onActivate.accept(kind);
            }
        });
        return l;
    }

    private static String title(StepKind kind) {
        return switch (kind) {
            case TRAIN -> "Train (GPU)";
            case SCRIPT -> "Script (Python/Bash)";
            case SUB_PIPELINE -> "Sub-pipeline (ref)";
            default -> kind.title();
        };
    }

    public void setOnDrop(Consumer<Drop> handler) {
        this.onDrop = handler;
    }

    public void setOnActivate(Consumer<StepKind> handler) {
        this.onActivate = handler;
    }
}
