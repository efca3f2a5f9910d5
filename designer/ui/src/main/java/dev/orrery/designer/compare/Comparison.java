package dev.orrery.designer.compare;

import dev.orrery.core.diff.Change;
import dev.orrery.core.diff.ChangeKind;
import dev.orrery.core.diff.PipelineDiff;
import dev.orrery.core.diff.UnionGraph;
import dev.orrery.core.diff.UnionGraph.Mark;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.designer.canvas.Dependency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two versions of a pipeline compared for the canvas: the semantic diff, the union of their main graphs,
 * and for each {@link Version} what the canvas shows (a pipeline to draw, each step's and edge's mark).
 * Built off the FX thread ({@link #of} costs in proportion to the pipelines); plain values after.
 * Neither given pipeline is changed or kept beyond what the pictures copy.
 *
 * <p>Steps are named in the union by their names in the open version; the other version's picture names
 * them as that version did ({@link #shownName}, {@link #unionName} translate).
 */
public final class Comparison {
    private final String label;
    private final PipelineDiff diff;
    private final UnionGraph union;
    private final Map<Version, Picture> pictures = new EnumMap<>(Version.class);
    private final Map<String, UnionGraph.Node> nodes = new LinkedHashMap<>();
    private final Map<String, String> unionNameOfOld = new HashMap<>();
    /** Changes of shared templates, by the union names of the steps that run them. */
    private final Map<String, List<Change>> templateChanges = new HashMap<>();
    private final List<Change> pipelineChanges = new ArrayList<>();

    /**
     * One version as the canvas draws it.
     *
     * @param pipeline what to draw (a copy: its main graph holds the steps of this version, or of both)
     * @param marks each marked step's mark by its name in {@code pipeline}; unchanged steps are absent
     * @param edgeMarks each marked dependency's mark; unchanged edges are absent
     */
    public record Picture(Pipeline pipeline, Map<String, Mark> marks, Map<Dependency, Mark> edgeMarks) {
    }

    private Comparison(String label, PipelineDiff diff, UnionGraph union) {
        this.label = label;
        this.diff = diff;
        this.union = union;
    }

    /**
     * Compares {@code other} (the older version, usually) with {@code open} (the pipeline being edited). Runs
     * the diff and copies both; call it off the FX thread for large pipelines.
     *
     * @param label how the other version is named to people ({@code HEAD~1}, {@code churn-v1.yaml})
     */
    public static Comparison of(Pipeline other, Pipeline open, String label) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(open, "open");
        PipelineDiff diff = PipelineDiff.between(other, open);
        String graph = graphName(other, open);
        UnionGraph union = graph == null ? new UnionGraph(null, List.of(), List.of())
                : UnionGraph.of(other, open, diff, graph);
        Comparison c = new Comparison(label, diff, union);
        union.nodes().forEach(n -> {
            c.nodes.put(n.name(), n);
            if (n.oldName() != null) {
                c.unionNameOfOld.put(n.oldName(), n.name());
            }
        });
        c.sortChanges(graph);
        ComparisonPictures pictures = new ComparisonPictures(union, c.marksWithTemplates());
        c.pictures.put(Version.BOTH, pictures.both(other, open, graph));
        c.pictures.put(Version.OTHER, pictures.other(other, graph));
        c.pictures.put(Version.OPEN, pictures.open(open, graph));
        return c;
    }

    /** The graph both versions are drawn from: the open version's entrypoint graph, else the other's. */
    private static String graphName(Pipeline other, Pipeline open) {
        if (open.mainGraph().isPresent()) {
            return open.entrypoint;
        }
        return other.mainGraph().isPresent() ? other.entrypoint : null;
    }

    /** Template changes go with the steps that run them; what belongs to no step of the graph is the pipeline's. */
    private void sortChanges(String graph) {
        for (Change c : diff.changes()) {
            if (c.kind() == ChangeKind.TEMPLATE_CHANGED && !c.steps().isEmpty()) {
                c.steps().forEach(s -> templateChanges.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
            }
            boolean ofAStep = c.graph() != null && c.graph().equals(graph) && c.name() != null
                    && (nodes.containsKey(c.name()) || unionNameOfOld.containsKey(c.name()));
            if (!ofAStep) {
                pipelineChanges.add(c);
            }
        }
    }

    /** The union's marks, a step whose shared template changed counting as changed. */
    private Map<String, Mark> marksWithTemplates() {
        Map<String, Mark> out = new LinkedHashMap<>();
        nodes.forEach((name, n) -> {
            Mark m = n.mark() == Mark.UNCHANGED && templateChanges.containsKey(name) ? Mark.CHANGED : n.mark();
            out.put(name, m);
        });
        return out;
    }

    public String label() {
        return label;
    }

    public PipelineDiff diff() {
        return diff;
    }

    public UnionGraph union() {
        return union;
    }

    public Picture picture(Version v) {
        return pictures.get(v);
    }

    /** The union's node of a step as named in a version's picture, or null. */
    public UnionGraph.Node node(Version v, String shownName) {
        return nodes.get(unionName(v, shownName));
    }

    /** A step's union name from its name in a version's picture (they differ for a renamed step in OTHER). */
    public String unionName(Version v, String shownName) {
        return v == Version.OTHER ? unionNameOfOld.getOrDefault(shownName, shownName) : shownName;
    }

    /** A step's name in a version's picture from its union name, or null when that version does not have it. */
    public String shownName(Version v, String unionName) {
        UnionGraph.Node n = nodes.get(unionName);
        if (n == null) {
            return null;
        }
        return switch (v) {
            case BOTH -> n.name();
            case OTHER -> n.mark() == Mark.ADDED ? null : n.oldName();
            case OPEN -> n.mark() == Mark.REMOVED ? null : n.name();
        };
    }

    /**
     * What changed in one step (by its union name): its addition, removal or rename, its fields, the
     * dependencies and bindings into it, then changes of a shared template it runs. Empty for an unchanged
     * step or a name the union does not have.
     */
    public List<Change> changesOf(String unionName) {
        UnionGraph.Node n = nodes.get(unionName);
        if (n == null) {
            return List.of();
        }
        List<Change> out = new ArrayList<>(n.changes());
        out.addAll(templateChanges.getOrDefault(unionName, List.of()));
        return out;
    }

    /** Changes that belong to no step of the graph: settings, parameters, templates, other graphs. */
    public List<Change> pipelineChanges() {
        return List.copyOf(pipelineChanges);
    }

    /** How many steps are added, removed and changed (in that order), by the marks of the union. */
    public int[] stepCounts() {
        int[] out = new int[3];
        picture(Version.BOTH).marks().values().forEach(m -> {
            switch (m) {
                case ADDED -> out[0]++;
                case REMOVED -> out[1]++;
                case CHANGED -> out[2]++;
                default -> { }
            }
        });
        return out;
    }

    /** The templates a picture needs that its base pipeline lacks (a removed step's own template). */
    static void addMissingTemplates(Pipeline into, Pipeline from) {
        Map<String, Template> have = new HashMap<>();
        into.templates.forEach(t -> have.put(t.name, t));
        for (Template t : from.templates) {
            if (!have.containsKey(t.name)) {
                into.templates.add(t.copy());
            }
        }
    }
}
