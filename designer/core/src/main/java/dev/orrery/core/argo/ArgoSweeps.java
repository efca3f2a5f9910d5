package dev.orrery.core.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.SweepJson;
import dev.orrery.core.tree.Lifter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parameter sweeps in Argo documents. Argo sees a sweep as what it runs: the step's {@code withItems}
 * of objects and its arguments {@code {{item.NAME}}}. So that a sweep reads back as a sweep (a range
 * stays a range, product stays product), the graph template also carries the sweeps of its steps in
 * the annotation {@value ArgoFields#SWEEPS_ANNOTATION}; on import a step gets its sweep back only when
 * the sweep still expands to exactly its withItems (a hand-edited list stays a plain loop, with a warning).
 */
final class ArgoSweeps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArgoSweeps() {
    }

    /** The annotation's value for a graph's sweeps, or null when it has none. */
    static String annotation(Graph g) {
        if (g == null) {
            return null;
        }
        ObjectNode all = Json.object();
        for (Step s : g.steps) {
            if (s.loop != null && s.loop.sweep != null && s.name != null) {
                all.set(s.name, SweepJson.write(s.loop.sweep));
            }
        }
        return all.isEmpty() ? null : all.toString();
    }

    /** Takes the annotation out of a raw template's metadata (so it does not stay in its passthrough). */
    static String take(ObjectNode raw) {
        JsonNode metadata = raw.get("metadata");
        if (metadata == null || !metadata.isObject()) {
            return null;
        }
        JsonNode annotations = metadata.get("annotations");
        if (annotations == null || !annotations.isObject() || !annotations.path(ArgoFields.SWEEPS_ANNOTATION).isTextual()) {
            return null;
        }
        String value = ((ObjectNode) annotations).remove(ArgoFields.SWEEPS_ANNOTATION).asText();
        Lifter.dropIfEmpty((ObjectNode) metadata, "annotations");
        Lifter.dropIfEmpty(raw, "metadata");
        return value;
    }

    static void apply(String annotation, Graph g, Consumer<String> warn) {
        JsonNode all;
        try {
            all = JSON.readTree(annotation);
        } catch (Exception e) {
            warn.accept("annotation " + ArgoFields.SWEEPS_ANNOTATION + " is not JSON; the sweeps read as plain loops");
            return;
        }
        if (g == null || all == null || !all.isObject()) {
            return;
        }
        for (Step s : g.steps) {
            JsonNode spec = all.get(s.name == null ? "" : s.name);
            if (spec == null) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            Sweep sweep = SweepJson.read(spec, problems);
            if (sweep == null || s.loop == null || s.loop.items == null || !expandsTo(sweep, s.loop.items)) {
                warn.accept("step " + s.name + ": its withItems no longer match the sweep recorded in "
                        + ArgoFields.SWEEPS_ANNOTATION + "; it reads as a plain loop over its items");
                continue;
            }
            s.loop.sweep = sweep;
        }
    }

    private static boolean expandsTo(Sweep sweep, JsonNode items) {
        try {
            return sweep.items().toString().equals(items.toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
