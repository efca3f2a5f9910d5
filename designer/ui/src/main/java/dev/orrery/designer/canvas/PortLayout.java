package dev.orrery.designer.canvas;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a step's ports are: its template's inputs on the left edge of its node, its outputs on the
 * right, each at an offset from the node's top-left corner. The one place that knows port geometry:
 * node views, the canvas picture, edge hits, the minimap, the selected edge, the connector and the
 * SVG export all ask here.
 *
 * <p>Each side also has a <em>default port</em> at its midpoint: edges that carry no known binding
 * (only order) meet it, and dragging from the right one connects steps. Named ports sit above and
 * below it. Past {@link #FOLD_AFTER} ports a side folds: no named ports, and the default port shows
 * their count. Zoomed out (boxes, below {@link CanvasPainter#DETAIL_SCALE}) every side is folded.
 */
final class PortLayout {
    /** Named ports shown per side; more fold into the default port with a count. */
    static final int FOLD_AFTER = 4;
    /** Vertical distance between port slots, in world units. */
    static final double PITCH = 14;
    static final double MID = NodeView.HEIGHT / 2;
    /** The slots, as offsets from the midpoint, used for 1…4 ports (the midpoint is the default port's). */
    private static final double[][] SLOTS = {
        {},
        {-PITCH},
        {-PITCH, PITCH},
        {-2 * PITCH, -PITCH, PITCH},
        {-2 * PITCH, -PITCH, PITCH, 2 * PITCH},
    };
    static final PortLayout NONE = new PortLayout(List.of(), List.of(), List.of(), List.of());

    /** Whether a port takes in or gives out. */
    enum Side { INPUT, OUTPUT }

    /**
     * One named port.
     *
     * @param dx     offset from the node's left edge (0 for inputs, the node's width for outputs)
     * @param dy     offset from the node's top
     * @param detail what hovering shows: the artifact's path, the parameter's value or default, the binding
     * @param bound  an input a binding feeds, or an output a binding takes (the edge then carries its name)
     */
    record Port(Side side, IoKind kind, String name, double dx, double dy, String detail, boolean bound) {
    }

    private final List<Port> inputs;
    private final List<Port> outputs;
    /** Every input and output, shown or folded (the folded port's tooltip lists them). */
    private final List<Port> allInputs;
    private final List<Port> allOutputs;

    private PortLayout(List<Port> inputs, List<Port> outputs, List<Port> allInputs, List<Port> allOutputs) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.allInputs = allInputs;
        this.allOutputs = allOutputs;
    }

    /** The ports of a step running a template (null: none, e.g. a missing template or a sub-pipeline reference). */
    static PortLayout of(Step step, Template t) {
        return of(step, t, Bindings.into(step), java.util.Set.of());
    }

    /** The key of an output in {@code feeding}. */
    static String key(IoKind kind, String name) {
        return kind.word() + "." + name;
    }

    /**
     * @param into    the step's bindings ({@link Bindings#into(Step)}): which inputs an edge feeds
     * @param feeding the step's outputs other steps take, by {@link #key}
     */
    static PortLayout of(Step step, Template t, List<Binding> into, java.util.Set<String> feeding) {
        if (t == null || step.templateRef != null || t.inputArtifacts.isEmpty() && t.inputParameters.isEmpty()
                && t.outputArtifacts.isEmpty() && t.outputParameters.isEmpty()) {
            return NONE;
        }
        List<Port> in = new ArrayList<>();
        for (Artifact a : t.inputArtifacts) {
            Artifact arg = step.artifactArguments.stream().filter(x -> a.name.equals(x.name)).findFirst().orElse(null);
            String from = arg != null && arg.from != null ? arg.from : a.from;
            in.add(new Port(Side.INPUT, IoKind.ARTIFACT, a.name, 0, 0, artifactDetail("input", a.path, from),
                    bound(into, IoKind.ARTIFACT, a.name)));
        }
        for (Parameter p : t.inputParameters) {
            Parameter arg = step.parameterArguments.stream().filter(x -> p.name.equals(x.name)).findFirst().orElse(null);
            String value = arg != null && arg.valueText() != null ? "value " + arg.valueText()
                    : p.valueText() != null ? "value " + p.valueText()
                    : p.defaultValue != null && !p.defaultValue.isNull() ? "default " + p.defaultValue.asText()
                    : "no value or default";
            in.add(new Port(Side.INPUT, IoKind.PARAMETER, p.name, 0, 0, "input parameter\n" + value,
                    bound(into, IoKind.PARAMETER, p.name)));
        }
        List<Port> out = new ArrayList<>();
        for (Artifact a : t.outputArtifacts) {
            out.add(new Port(Side.OUTPUT, IoKind.ARTIFACT, a.name, NodeView.WIDTH, 0, artifactDetail("output", a.path, null),
                    feeding.contains(key(IoKind.ARTIFACT, a.name))));
        }
        for (Parameter p : t.outputParameters) {
            String from = p.path != null ? "from file " + p.path
                    : p.valueText() != null ? "value " + p.valueText() : "value set by the step";
            out.add(new Port(Side.OUTPUT, IoKind.PARAMETER, p.name, NodeView.WIDTH, 0, "output parameter\n" + from,
                    feeding.contains(key(IoKind.PARAMETER, p.name))));
        }
        List<Port> allIn = place(in, 0);
        List<Port> allOut = place(out, NodeView.WIDTH);
        return new PortLayout(allIn.size() > FOLD_AFTER ? List.of() : allIn, allOut.size() > FOLD_AFTER ? List.of() : allOut,
                allIn, allOut);
    }

    private static boolean bound(List<Binding> into, IoKind kind, String name) {
        for (Binding b : into) {
            if (b.inputKind() == kind && b.input().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String artifactDetail(String side, String path, String from) {
        return side + " artifact\n" + (path == null ? "no path" : "path " + path) + (from == null ? "" : "\nfrom " + from);
    }

    /** The ports of one side at their slots (a folded side keeps them unplaced, at the midpoint). */
    private static List<Port> place(List<Port> ports, double dx) {
        double[] slots = ports.size() <= FOLD_AFTER ? SLOTS[ports.size()] : null;
        List<Port> out = new ArrayList<>(ports.size());
        for (int i = 0; i < ports.size(); i++) {
            Port p = ports.get(i);
            out.add(new Port(p.side(), p.kind(), p.name(), dx, slots == null ? MID : MID + slots[i], p.detail(), p.bound()));
        }
        return List.copyOf(out);
    }

    /** The named input ports shown (empty when the side is folded or has none). */
    List<Port> inputs() {
        return inputs;
    }

    List<Port> outputs() {
        return outputs;
    }

    /** All inputs, shown or folded. */
    List<Port> allInputs() {
        return allInputs;
    }

    List<Port> allOutputs() {
        return allOutputs;
    }

    /** Whether the inputs fold into the default port (more than {@link #FOLD_AFTER}). */
    boolean inputsFolded() {
        return allInputs.size() > FOLD_AFTER;
    }

    boolean outputsFolded() {
        return allOutputs.size() > FOLD_AFTER;
    }

    /** The named port shown on a side, or null (folded, or no such port). */
    Port port(Side side, IoKind kind, String name) {
        for (Port p : side == Side.INPUT ? inputs : outputs) {
            if (p.kind() == kind && p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Offset from the top of where an edge meets a side: the named port if shown in detail, else the midpoint. */
    double y(Side side, IoKind kind, String name, boolean detail) {
        Port p = detail && name != null ? port(side, kind, name) : null;
        return p == null ? MID : p.dy();
    }

    /**
     * Where an edge is drawn, x1, y1, x2, y2 in world units: from the producer's output port to the
     * consumer's input port when the binding on it is known and both are shown, else side midpoints.
     *
     * @param flow what the edge carries (its first binding) or null for an edge that only orders
     */
    static void edge(double ax, double ay, PortLayout from, double bx, double by, PortLayout to, Flow flow,
            boolean detail, double[] out, int at) {
        out[at] = ax + NodeView.WIDTH;
        out[at + 1] = ay + (flow == null ? MID : from.y(Side.OUTPUT, flow.outputKind(), flow.output(), detail));
        out[at + 2] = bx;
        out[at + 3] = by + (flow == null ? MID : to.y(Side.INPUT, flow.inputKind(), flow.input(), detail));
    }

    /** The edge from a step's default output port to another's default input port (order only). */
    static double[] edge(double ax, double ay, double bx, double by) {
        return new double[] {ax + NodeView.WIDTH, ay + MID, bx, by + MID};
    }

    /** The default output port of a node at (x, y): where a connection starts. */
    static double[] defaultOutput(double x, double y) {
        return new double[] {x + NodeView.WIDTH, y + MID};
    }

    /** The default input port of a node at (x, y). */
    static double[] defaultInput(double x, double y) {
        return new double[] {x, y + MID};
    }

    /** Equal when every port (name, kind, place, detail) is: a node view rebuilds its ports only then. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PortLayout l && allInputs.equals(l.allInputs) && allOutputs.equals(l.allOutputs);
    }

    @Override
    public int hashCode() {
        return allInputs.hashCode() * 31 + allOutputs.hashCode();
    }

    /** What flows on an edge, as far as its ports go: which output feeds which input. */
    record Flow(IoKind outputKind, String output, IoKind inputKind, String input) {
    }
}
