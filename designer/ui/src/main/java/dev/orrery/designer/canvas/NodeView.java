package dev.orrery.designer.canvas;

import dev.orrery.core.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A step on the canvas at full detail: kind icon, name, image, badges, ports, problem marker. */
public final class NodeView extends Region {
    public static final double WIDTH = 220;
    public static final double HEIGHT = 76;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    /** Room for the name and the image beside the paddings (and the icon, for the name). */
    private static final double NAME_WIDTH = WIDTH - 24 - 24 - 26;
    private static final double SUBTITLE_WIDTH = WIDTH - 24;

    private final FontIcon kindIcon = new FontIcon();
    // Text, not Label: a view is made while the user pans and zooms, and styling a label (a control
    // with a skin) took most of a new view's CSS pass
    private final Text name = new Text();
    private final Text subtitle = new Text();
    private String fullName = "";
    private String fullSubtitle = "";
    private final HBox badges = new HBox(6);
    private final Circle inputPort = new Circle(6);
    private final Circle outputPort = new Circle(6);
    /** The named input and output ports; the two circles above are the default (and folded) ports. */
    private final PortViews ports = new PortViews(inputPort, outputPort);
    private final VBox body;
    // The problem marker, the overlay icon, the group toggle and the tooltips are made when first
    // needed: most views never show them, and each costs its share of every new view's CSS pass
    // (a tooltip is a popup window with its own scene).
    private FontIcon marker;
    private Tooltip tooltip;
    private FontIcon overlayIcon;
    private Tooltip overlayTip;
    /** A host's progress ring around the overlay icon (a fan-out's finished share); made when first shown. */
    private ProgressRing ring;
    /** On a group (a step running a sub-pipeline): expand/collapse, or the recursion mark. */
    private FontIcon groupToggle;
    private Tooltip groupTip;
    private Runnable onGroupToggle = () -> { };
    private GroupLayout.GroupState groupState;
    private String stepName;
    private NodeFacts shown;
    private NodeOverlay overlay;

    public NodeView() {
        getStyleClass().add("orrery-node");
        kindIcon.getStyleClass().add("kind-icon");
        name.getStyleClass().add("node-name");
        subtitle.getStyleClass().add("node-image");
        badges.getStyleClass().add("node-badges");
        HBox header = new HBox(6, kindIcon, name);
        header.setAlignment(Pos.CENTER_LEFT);
        body = new VBox(2, header, subtitle, badges);
        body.getStyleClass().add("node-body");
        inputPort.getStyleClass().addAll("port", "input-port");
        outputPort.getStyleClass().addAll("port", "output-port");
        getChildren().addAll(body, ports.node(), inputPort, outputPort);
        // picked by its box and its ports, not by its bounds: those take in the port names beside it
        setPickOnBounds(false);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
    }

    /** Adds a part made on first need above the body and below the ports. */
    private <T extends javafx.scene.Node> T addPart(T part) {
        getChildren().add(getChildren().indexOf(ports.node()), part);
        return part;
    }

    private final javafx.scene.transform.Scale zoom = new javafx.scene.transform.Scale(1, 1, 0, 0);

    /** Puts the view's top-left corner at a point of its parent, drawn at a scale. */
    void placeAt(double x, double y, double scale) {
        relocate(x, y);
        if (zoom.getX() != scale) {
            zoom.setX(scale);
            zoom.setY(scale);
        }
        if (getTransforms().isEmpty()) {
            getTransforms().add(zoom);
        }
    }

    @Override
    protected void layoutChildren() {
        // the font is known once CSS has run: shorten the texts now, as a label would
        FittedText.fit(name, fullName, NAME_WIDTH, FittedText.Cut.END);
        FittedText.fit(subtitle, fullSubtitle, SUBTITLE_WIDTH, FittedText.Cut.CENTER);
        body.resizeRelocate(0, 0, WIDTH, HEIGHT);
        if (marker != null) {
            marker.relocate(WIDTH - 22, 6);
        }
        if (groupToggle != null) {
            groupToggle.relocate(WIDTH - 46, 5);
        }
        if (overlayIcon != null) {
            overlayIcon.relocate(WIDTH - 26, HEIGHT - 26);
        }
        if (ring != null) {
            ring.setLayoutX(WIDTH - 17);
            ring.setLayoutY(HEIGHT - 17);
        }
        // the default ports, where PortLayout puts them
        double[] in = PortLayout.defaultInput(0, 0);
        double[] out = PortLayout.defaultOutput(0, 0);
        inputPort.setCenterX(in[0]);
        inputPort.setCenterY(in[1]);
        outputPort.setCenterX(out[0]);
        outputPort.setCenterY(out[1]);
        ports.layout();
    }

    /** Shows the step's named ports (see {@link PortLayout}); cheap when they did not change. */
    void showPorts(PortLayout layout) {
        ports.show(stepName, layout);
    }

    /** The named ports of this view. */
    PortViews ports() {
        return ports;
    }

    /** Shows a step; cheap when nothing changed. */
    public void show(NodeFacts facts, boolean selected, List<Diagnostic> problems) {
        if (!facts.name().equals(stepName)) {
            // a new id string (even an equal one) makes JavaFX apply CSS to the whole view again
            stepName = facts.name();
            setId("node-" + facts.name());
        }
        if (!facts.equals(shown)) {
            if (shown != null) {
                getStyleClass().remove(KindStyle.of(shown.kind()).styleClass());
            }
            KindStyle style = KindStyle.of(facts.kind());
            getStyleClass().add(style.styleClass());
            kindIcon.setIconCode(style.icon());
            kindIcon.setIconColor(style.accent());
            fullName = dev.orrery.designer.doc.StepPaths.leaf(facts.name());
            fullSubtitle = facts.subtitle() == null ? "" : facts.subtitle();
            name.setText(fullName);
            subtitle.setText(fullSubtitle);
            requestLayout(); // fitted to the width there
            badges.getChildren().setAll(badgesOf(facts));
            shown = facts;
        }
        pseudoClassStateChanged(SELECTED, selected);
        boolean error = problems.stream().anyMatch(Diagnostic::isError);
        pseudoClassStateChanged(ERROR, error);
        pseudoClassStateChanged(WARNING, !error && !problems.isEmpty());
        if (!problems.isEmpty() && marker == null) {
            marker = addPart(new FontIcon(MaterialDesignA.ALERT_CIRCLE));
            marker.getStyleClass().add("node-marker");
            requestLayout();
        }
        if (marker != null) {
            marker.setVisible(!problems.isEmpty());
        }
        if (problems.isEmpty()) {
            if (tooltip != null) {
                Tooltip.uninstall(this, tooltip);
            }
        } else {
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(problems.stream().map(Diagnostic::message).collect(Collectors.joining("\n")));
            Tooltip.install(this, tooltip);
        }
    }

    /** Lets go of the step (it left the graph): no id, so look-ups by step no longer find this view. */
    void forget() {
        stepName = null;
        setId(null);
        if (groupToggle != null) {
            groupToggle.setId(null);
        }
    }

    /** Shows a host's status over the step (border colour, icon, pseudo-class), or none with null. */
    public void showOverlay(NodeOverlay o) {
        if (java.util.Objects.equals(o, overlay)) {
            return;
        }
        if (overlay != null) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(overlay.pseudoClass()), false);
        }
        overlay = o;
        if (ring == null && o != null && o.progress() != null) {
            ring = addPart(new ProgressRing());
            requestLayout();
        }
        if (ring != null) {
            ring.show(o == null ? null : o.progress());
        }
        if (o == null) {
            setStyle(null);
            if (overlayIcon != null) {
                overlayIcon.setVisible(false);
            }
            if (overlayTip != null) {
                Tooltip.uninstall(overlayIcon, overlayTip);
            }
            return;
        }
        pseudoClassStateChanged(PseudoClass.getPseudoClass(o.pseudoClass()), true);
        setStyle("-fx-border-color: " + o.colour() + "; -fx-border-width: 3;");
        if (overlayIcon == null) {
            overlayIcon = addPart(new FontIcon());
            overlayIcon.getStyleClass().add("overlay-icon");
            overlayIcon.setIconSize(18);
            requestLayout();
        }
        overlayIcon.setIconLiteral(o.iconLiteral());
        // inline, beside the font Ikonli sets inline: the theme's stylesheet would win over setIconColor
        String base = overlayIcon.getStyle() == null ? "" : overlayIcon.getStyle().replaceAll("-fx-icon-color:[^;]*;?", "");
        overlayIcon.setStyle(base + (base.isBlank() || base.trim().endsWith(";") ? "" : ";") + "-fx-icon-color: "
                + o.colour() + ";");
        overlayIcon.setVisible(true);
        if (o.tooltip() != null) {
            if (overlayTip == null) {
                overlayTip = new Tooltip();
            }
            overlayTip.setText(o.tooltip());
            Tooltip.install(overlayIcon, overlayTip);
        }
    }

    /** Shows whether the step is a group and how (null: not a group). */
    void showGroup(GroupLayout.GroupState state) {
        if (state == null && groupToggle == null) {
            return;
        }
        if (groupToggle == null) {
            makeGroupToggle();
        }
        String toggleId = state == null ? null : "group-toggle-" + stepName;
        if (!java.util.Objects.equals(toggleId, groupToggle.getId())) {
            groupToggle.setId(toggleId);
        }
        if (state == groupState) {
            return;
        }
        groupState = state;
        groupToggle.setVisible(state != null);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("expanded"), state == GroupLayout.GroupState.EXPANDED);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("recursive"), state == GroupLayout.GroupState.RECURSIVE);
        if (state == null) {
            return;
        }
        if (groupTip == null) {
            groupTip = new Tooltip();
            Tooltip.install(groupToggle, groupTip);
        }
        switch (state) {
            case COLLAPSED -> {
                groupToggle.setIconCode(MaterialDesignP.PLUS_BOX_OUTLINE);
                groupTip.setText("Expand the sub-pipeline (Ctrl+G)");
            }
            case EXPANDED -> {
                groupToggle.setIconCode(MaterialDesignM.MINUS_BOX_OUTLINE);
                groupTip.setText("Collapse the sub-pipeline (Ctrl+G)");
            }
            case RECURSIVE -> {
                groupToggle.setIconCode(MaterialDesignA.ALL_INCLUSIVE);
                groupTip.setText("Runs a template it is itself part of (recursion): not expanded again");
            }
        }
    }

    /** The group state shown, or null when the step is not a group. */
    GroupLayout.GroupState groupState() {
        return groupState;
    }

    private void makeGroupToggle() {
        groupToggle = addPart(new FontIcon(MaterialDesignP.PLUS_BOX_OUTLINE));
        groupToggle.getStyleClass().add("group-toggle");
        groupToggle.setIconSize(18);
        groupToggle.setVisible(false);
        groupToggle.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                onGroupToggle.run();
                e.consume();
            }
        });
        requestLayout();
    }

    /** What a primary press on the group toggle does (expand or collapse the group). */
    void setOnGroupToggle(Runnable action) {
        this.onGroupToggle = action;
    }

    /** The group toggle, or null while the view never showed a group. */
    FontIcon groupToggle() {
        return groupToggle;
    }

    /** The progress ring (a host's, e.g. a sweep's finished share). */
    ProgressRing ring() {
        return ring;
    }

    /** The overlay shown now, or null. */
    public NodeOverlay overlay() {
        return overlay;
    }

    private static List<Label> badgesOf(NodeFacts f) {
        List<Label> out = new java.util.ArrayList<>();
        if (f.exitHandler()) {
            Label l = badge(new FontIcon(MaterialDesignE.EXIT_RUN), "on exit", "badge-on-exit");
            // the scene's shared tooltip: a Tooltip each is a popup window per view made
            PortTip.attach(l, "The exit handler: runs when the pipeline ends, whatever the outcome");
            out.add(l);
        }
        if (f.gpus() > 0) {
            out.add(badge(new FontIcon(MaterialDesignE.EXPANSION_CARD), "GPU ×" + f.gpus(), "badge-gpu"));
        }
        if (f.retries() != null) {
            out.add(badge(new FontIcon(MaterialDesignR.REFRESH), f.retries(), "badge-retries"));
        }
        if (f.looped()) {
            out.add(badge(new FontIcon(MaterialDesignR.REPEAT), f.loopSize() > 0 ? "×" + f.loopSize() : "loop",
                    "badge-loop"));
        }
        if (f.when() != null) {
            Label l = badge(new FontIcon(MaterialDesignS.SOURCE_BRANCH), "when", "badge-when");
            PortTip.attach(l, f.when());
            out.add(l);
        }
        return out;
    }

    private static Label badge(FontIcon icon, String text, String styleClass) {
        Label l = new Label(text, icon);
        l.getStyleClass().addAll("node-badge", styleClass);
        return l;
    }

    public String stepName() {
        return stepName;
    }

    public Circle inputPort() {
        return inputPort;
    }

    public Circle outputPort() {
        return outputPort;
    }
}
