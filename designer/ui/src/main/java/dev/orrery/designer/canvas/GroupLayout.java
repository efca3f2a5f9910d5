package dev.orrery.designer.canvas;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphDepths;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.StepPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expanded sub-pipelines drawn in place. A step that runs a graph template is a group; expanded,
 * its inner steps are laid out inside its frame (layers by dependency depth, left to right, below
 * the group's own node, which stays its header) and join the drawn graph under their paths
 * ({@link StepPaths}). Expansion goes one level at a time, and a group whose template is already
 * being expanded above it (a template that calls itself, directly or not) never expands: it is
 * marked recursive. Steps of the shown graph to the right of or below an expanded group are shown
 * shifted by the room it takes, without changing their stored positions.
 */
final class GroupLayout {
    static final double PAD = 20;
    static final double GAP_X = 60;
    static final double GAP_Y = 30;

    /** How a step that runs a graph template is drawn. */
    enum GroupState { COLLAPSED, EXPANDED, RECURSIVE }

    private final Map<String, Template> templates;

    /** Inner steps, as copies named by path with dependencies named by path, in drawing order. */
    final List<Step> innerSteps = new ArrayList<>();
    /** The template each inner step runs (for its facts). */
    final Map<String, Template> innerTemplates = new HashMap<>();
    /** Group steps (top level and inner) by path. */
    final Map<String, GroupState> groups = new HashMap<>();
    /** Width and height of each expanded group's frame, parents before children. */
    final Map<String, double[]> frames = new LinkedHashMap<>();
    /** Where an inner step sits relative to its group's top-left corner. */
    final Map<String, Position> offsets = new HashMap<>();

    /**
     * @param templates the pipeline's templates by name: looked up per step, where
     *                  {@code Pipeline.template}'s scan made opening 5,000 steps quadratic
     */
    GroupLayout(Pipeline p, Graph shown, Set<String> expanded, Map<String, Template> templates) {
        this.templates = templates;
        if (shown == null) {
            return;
        }
        for (Step s : shown.steps) {
            Template t = graphTemplate(s);
            if (t != null) {
                List<String> chain = new ArrayList<>();
                p.entryTemplate().ifPresent(e -> chain.add(e.name));
                group(p, s.name, t, chain, expanded);
            }
        }
    }

    /** Records a group; when expanded, lays out its inner steps and returns its frame size, else null. */
    private double[] group(Pipeline p, String path, Template t, List<String> chain, Set<String> expanded) {
        if (chain.contains(t.name)) {
            groups.put(path, GroupState.RECURSIVE);
            return null;
        }
        if (!expanded.contains(path)) {
            groups.put(path, GroupState.COLLAPSED);
            return null;
        }
        groups.put(path, GroupState.EXPANDED);
        double[] frame = new double[2];
        frames.put(path, frame); // parents before children
        List<String> innerChain = new ArrayList<>(chain);
        innerChain.add(t.name);
        Graph g = t.graph;
        Map<String, double[]> size = new LinkedHashMap<>();
        for (Step s : g.steps) {
            String child = StepPaths.child(path, s.name);
            Step copy = s.copy();
            copy.name = child;
            copy.dependsOn = new ArrayList<>();
            for (String dep : s.dependsOn) {
                copy.dependsOn.add(dep != null && g.step(dep).isPresent() ? StepPaths.child(path, dep) : dep);
            }
            innerSteps.add(copy);
            Template inner = s.template == null || s.templateRef != null ? null : templates.get(s.template);
            innerTemplates.put(child, inner);
            double[] own = null;
            if (inner != null && inner.graph != null) {
                own = group(p, child, inner, innerChain, expanded);
            }
            size.put(s.name, own != null ? own : new double[] {NodeView.WIDTH, NodeView.HEIGHT});
        }
        // columns by dependency depth, each as wide as its widest member
        Map<String, Integer> depth = GraphDepths.of(g);
        List<List<String>> columns = new ArrayList<>();
        for (Step s : g.steps) {
            int d = depth.getOrDefault(s.name, 0);
            while (columns.size() <= d) {
                columns.add(new ArrayList<>());
            }
            columns.get(d).add(s.name);
        }
        double x = PAD;
        double bottom = NodeView.HEIGHT;
        for (List<String> column : columns) {
            double y = NodeView.HEIGHT + PAD;
            double width = 0;
            for (String name : column) {
                double[] sz = size.get(name);
                offsets.putIfAbsent(StepPaths.child(path, name), new Position(x, y));
                y += sz[1] + GAP_Y;
                width = Math.max(width, sz[0]);
            }
            bottom = Math.max(bottom, y - GAP_Y);
            x += width + GAP_X;
        }
        frame[0] = Math.max(NodeView.WIDTH, x - GAP_X + PAD);
        frame[1] = bottom + PAD;
        return frame;
    }

    /** The graph template a step runs, or null (as {@link StepPaths#graphTemplate}, by map). */
    private Template graphTemplate(Step s) {
        if (s == null || s.template == null || s.templateRef != null) {
            return null;
        }
        Template t = templates.get(s.template);
        return t != null && t.graph != null ? t : null;
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    /**
     * How far a step of the shown graph is shifted to make room for the expanded top-level groups:
     * right by a group's extra width when it starts right of the group, down by its extra height when
     * it is below it in the same column.
     *
     * @param at the step's stored position
     * @param groupAt stored position of each top-level group
     */
    double[] shift(String step, Position at, Map<String, Position> groupAt) {
        double dx = 0;
        double dy = 0;
        for (Map.Entry<String, Position> e : groupAt.entrySet()) {
            Position g = e.getValue();
            double[] f = frames.get(e.getKey());
            if (e.getKey().equals(step) || g == null || f == null) {
                continue;
            }
            if (at.x() >= g.x() + NodeView.WIDTH) {
                dx += f[0] - NodeView.WIDTH;
            } else if (at.x() + NodeView.WIDTH > g.x() && at.y() >= g.y() + NodeView.HEIGHT) {
                dy += f[1] - NodeView.HEIGHT;
            }
        }
        return new double[] {dx, dy};
    }
}
