package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What retrying a failed run changes, in the spirit of {@code argo retry} (argo-workflows'
 * {@code FormulateRetryWorkflow}): failed or errored leaf nodes (pods, containers, suspend, HTTP,
 * plugin nodes), everything they started (their children, transitively: the omitted dependents),
 * omitted leaves and every node of the exit handler are removed, so the controller runs them again;
 * failed group nodes (steps, DAG, groups, retries) go back to Running; succeeded work is kept. The
 * workflow is marked running again. Computed on a copy of the Workflow's tree; {@link #pods()} are the
 * pods to delete before the update (their v2 names are reused when the steps run again).
 */
final class RetryPlan {
    private final ObjectNode tree;
    private final Set<String> removed = new LinkedHashSet<>();
    private final List<String> pods = new ArrayList<>();

    private RetryPlan(ObjectNode tree) {
        this.tree = tree;
    }

    /** The plan for the Workflow tree (which is changed in place). */
    static RetryPlan of(ObjectNode tree) {
        RetryPlan plan = new RetryPlan(tree);
        plan.resetNodes();
        plan.resetWorkflow();
        return plan;
    }

    ObjectNode tree() {
        return tree;
    }

    List<String> pods() {
        return List.copyOf(pods);
    }

    private void resetNodes() {
        String wfName = tree.path("metadata").path("name").asText();
        String format = tree.path("metadata").path("annotations").path(ArgoResources.ANNOTATION_POD_NAME_FORMAT)
                .asText(null);
        ObjectNode nodes = tree.withObjectProperty("status").withObjectProperty("nodes");
        Deque<String> toRemove = new ArrayDeque<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            String phase = n.path("phase").asText();
            boolean failed = phase.equals("Failed") || phase.equals("Error");
            boolean onExit = n.path("name").asText().startsWith(wfName + ".onExit");
            if (onExit || (failed || phase.equals("Omitted")) && isLeaf(n.path("type").asText())) {
                toRemove.add(e.getKey());
            }
        }
        while (!toRemove.isEmpty()) {
            String id = toRemove.removeFirst();
            if (!removed.add(id)) {
                continue;
            }
            JsonNode n = nodes.path(id);
            n.path("children").forEach(c -> toRemove.add(c.asText()));
            if (n.path("type").asText().equals("Pod")) {
                String template = n.hasNonNull("templateName") ? n.get("templateName").asText()
                        : n.path("templateRef").path("template").asText(null);
                pods.add(PodNames.podName(wfName, n.path("name").asText(), template, id, format));
            }
        }
        removed.forEach(nodes::remove);
        String now = now();
        for (JsonNode node : nodes) {
            ObjectNode n = (ObjectNode) node;
            String phase = n.path("phase").asText();
            if (phase.equals("Failed") || phase.equals("Error")) {
                n.put("phase", "Running");
                n.put("startedAt", now);
                n.remove("message");
                n.remove("finishedAt");
            }
            prune(n, "children");
            prune(n, "outboundNodes");
        }
    }

    private void prune(ObjectNode node, String field) {
        JsonNode ids = node.get(field);
        if (ids != null && ids.isArray()) {
            ArrayNode kept = node.putArray(field);
            ids.forEach(id -> {
                if (!removed.contains(id.asText())) {
                    kept.add(id);
                }
            });
        }
    }

    private void resetWorkflow() {
        ObjectNode labels = tree.withObjectProperty("metadata").withObjectProperty("labels");
        labels.remove(ArgoResources.LABEL_COMPLETED);
        labels.remove(ArgoResources.LABEL_ARCHIVING);
        labels.put(ArgoResources.LABEL_PHASE, "Running");
        ObjectNode spec = tree.withObjectProperty("spec");
        spec.remove("shutdown");
        if (spec.path("activeDeadlineSeconds").asLong(-1) == 0) {
            spec.remove("activeDeadlineSeconds"); // a terminated run's deadline
        }
        ObjectNode status = tree.withObjectProperty("status");
        status.put("phase", "Running");
        status.put("startedAt", now());
        status.remove("message");
        status.remove("finishedAt");
        status.remove("persistentVolumeClaims");
        if (status.path("storedWorkflowTemplateSpec").isObject()) {
            ((ObjectNode) status.get("storedWorkflowTemplateSpec")).remove("shutdown");
        }
        JsonNode conditions = status.path("conditions");
        if (conditions.isArray()) {
            for (JsonNode c : conditions) {
                if ("Completed".equals(c.path("type").asText())) {
                    ((ObjectNode) c).put("status", "False");
                }
            }
        }
    }

    private static boolean isLeaf(String type) {
        return switch (type) {
            case "Pod", "Container", "Suspend", "Skipped", "HTTP", "Plugin" -> true;
            default -> false;
        };
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
