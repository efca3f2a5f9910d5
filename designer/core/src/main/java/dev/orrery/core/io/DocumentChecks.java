package dev.orrery.core.io;

import dev.orrery.core.text.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks on a YAML document before it is read as a pipeline: whether a document that is not a
 * pipeline is an Argo kind that exists (a misspelt {@code kind: Workflw} must not pass as "some other
 * document"), and numbers no Kubernetes object can hold ({@code 1e999999}, {@code .inf}, {@code .nan}).
 */
final class DocumentChecks {
    private static final String ARGO_GROUP = "argoproj.io/";
    private static final List<String> PIPELINE_KINDS = List.of("Workflow", "WorkflowTemplate",
            "ClusterWorkflowTemplate", "CronWorkflow");
    /** Kinds of the argoproj.io group that are real but not pipelines (Workflows, Events, CD, Rollouts). */
    private static final Set<String> OTHER_ARGO_KINDS = Set.of("WorkflowEventBinding", "WorkflowTaskSet",
            "WorkflowTaskResult", "WorkflowArtifactGCTask", "EventSource", "Sensor", "EventBus", "Application",
            "ApplicationSet", "AppProject", "Rollout", "AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun",
            "Experiment");

    private DocumentChecks() {
    }

    /** Why an argoproj.io document that is not a pipeline is wrong, or empty when it is a real Argo kind or not Argo. */
    static Optional<String> unknownArgoKind(JsonNode root) {
        String apiVersion = root.path("apiVersion").asText("");
        String kind = root.path("kind").asText("");
        if (!apiVersion.startsWith(ARGO_GROUP) || kind.isEmpty() || OTHER_ARGO_KINDS.contains(kind)) {
            return Optional.empty();
        }
        String guess = closest(kind);
        return Optional.of("kind " + kind + " is not a kind of " + apiVersion + " that Orrery knows: expected "
                + "Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow"
                + (guess == null ? "" : " (did you mean " + guess + "?)"));
    }

    /** The JSON pointers of numbers that are not finite, in document order. */
    static List<String> nonFiniteNumbers(JsonNode root) {
        List<String> found = new ArrayList<>();
        collect(root, new ArrayDeque<>(), found);
        return found;
    }

    /** Walks the tree keeping the path as its parts: a pointer is spelt only for a number found (almost never). */
    private static void collect(JsonNode node, Deque<String> path, List<String> found) {
        if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                found.add(pointer(path));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getValue().isContainerNode() || e.getValue().isFloatingPointNumber()) {
                    path.addLast(e.getKey());
                    collect(e.getValue(), path, found);
                    path.removeLast();
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isContainerNode() || item.isFloatingPointNumber()) {
                    path.addLast(Integer.toString(i));
                    collect(item, path, found);
                    path.removeLast();
                }
            }
        }
    }

    private static String pointer(Deque<String> path) {
        StringBuilder sb = new StringBuilder();
        for (String part : path) {
            sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** The pipeline kind written most like {@code kind} (case aside, at most two letters off), or null. */
    private static String closest(String kind) {
        String best = null;
        int bestDistance = 3;
        for (String k : PIPELINE_KINDS) {
            int d = EditDistance.between(kind.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }
}
