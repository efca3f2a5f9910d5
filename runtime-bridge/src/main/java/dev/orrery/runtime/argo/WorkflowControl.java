package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.UnsupportedRunOperationException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The run actions, as the changes Argo's CLI makes without argo-server ({@code workflow/util/util.go}):
 * stop and terminate set {@code spec.shutdown}; suspend sets {@code spec.suspend}; resume removes it and
 * marks running Suspend nodes Succeeded; retry resets the failed part of the status and deletes the
 * failed pods; delete removes the Workflow.
 */
final class WorkflowControl {
    private static final int CONFLICT_RETRIES = 5;

    private final KubernetesClient client;
    private final String namespace;
    private final String runtimeId;
    private final KubeFailures failures;

    WorkflowControl(KubernetesClient client, String namespace, String runtimeId, KubeFailures failures) {
        this.client = client;
        this.namespace = namespace;
        this.runtimeId = runtimeId;
        this.failures = failures;
    }

    Resource<GenericKubernetesResource> workflow(String name) {
        return client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace).withName(name);
    }

    /** The Workflow, or RunNotFoundException. */
    GenericKubernetesResource get(RunRef run) {
        GenericKubernetesResource wf = failures.call("get", "workflows", run, () -> workflow(run.runId()).get());
        if (wf == null) {
            throw new dev.orrery.runtime.RunNotFoundException(run);
        }
        return wf;
    }

    void shutdown(RunRef run, String strategy) {
        GenericKubernetesResource wf = get(run);
        if (completed(wf)) {
            throw new RuntimeFailure("cannot " + strategy.toLowerCase(java.util.Locale.ROOT) + " " + run.runId()
                    + ": the run has already finished");
        }
        String patch = "{\"spec\":{\"shutdown\":\"" + strategy + "\"}}";
        failures.run("patch", "workflows", run,
                () -> workflow(run.runId()).patch(PatchContext.of(PatchType.JSON_MERGE), patch));
    }

    void suspend(RunRef run) {
        update(run, "suspend", tree -> {
            if (completedTree(tree)) {
                throw new RuntimeFailure("cannot suspend " + run.runId() + ": the run has already finished");
            }
            tree.withObjectProperty("spec").put("suspend", true);
            return tree;
        });
    }

    void resume(RunRef run) {
        update(run, "resume", tree -> {
            requireInlineNodes(tree, "resume");
            boolean changed = false;
            ObjectNode spec = tree.withObjectProperty("spec");
            if (spec.path("suspend").asBoolean(false)) {
                spec.remove("suspend");
                changed = true;
            }
            String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            for (JsonNode n : tree.path("status").path("nodes")) {
                if ("Suspend".equals(n.path("type").asText()) && "Running".equals(n.path("phase").asText())) {
                    ObjectNode node = (ObjectNode) n;
                    for (JsonNode p : node.path("outputs").path("parameters")) {
                        JsonNode from = p.path("valueFrom");
                        if (from.has("supplied")) {
                            if (!from.has("default")) {
                                throw new RuntimeFailure("cannot resume " + run.runId() + ": step "
                                        + node.path("displayName").asText() + " waits for output parameter '"
                                        + p.path("name").asText() + "', which has no default; supply it with"
                                        + " argo node set or the argo UI");
                            }
                            ((ObjectNode) p).set("value", from.get("default"));
                            ((ObjectNode) p).remove("valueFrom");
                        }
                    }
                    node.put("phase", "Succeeded");
                    node.put("finishedAt", now);
                    changed = true;
                }
            }
            return changed ? tree : null;
        });
    }

    /** Resets the failed nodes of a finished, failed run and lets the controller run them again. */
    void retry(RunRef run) {
        List<String> pods = new ArrayList<>();
        update(run, "retry", tree -> {
            requireInlineNodes(tree, "retry");
            String phase = tree.path("status").path("phase").asText();
            if (!phase.equals("Failed") && !phase.equals("Error")) {
                throw new RuntimeFailure("cannot retry " + run.runId() + ": only a Failed or Error run can be retried"
                        + " (it is " + (phase.isEmpty() ? "Pending" : phase) + ")");
            }
            pods.clear();
            pods.addAll(resetFailedNodes(tree));
            ObjectNode labels = tree.withObjectProperty("metadata").withObjectProperty("labels");
            labels.remove(ArgoResources.LABEL_COMPLETED);
            labels.remove(ArgoResources.LABEL_ARCHIVING);
            labels.put(ArgoResources.LABEL_PHASE, "Running");
            tree.withObjectProperty("spec").remove("shutdown");
            ObjectNode status = tree.withObjectProperty("status");
            status.put("phase", "Running");
            status.remove("message");
            status.remove("finishedAt");
            return tree;
        });
        for (String pod : pods) {
            try {
                client.pods().inNamespace(namespace).withName(pod).delete();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw failures.translate("delete", "pods", null, e);
                }
            }
        }
    }

    /** Removes failed leaf nodes and marks failed group nodes Running; returns the failed nodes' pod names. */
    private static List<String> resetFailedNodes(ObjectNode tree) {
        String wfName = tree.path("metadata").path("name").asText();
        String format = tree.path("metadata").path("annotations").path(ArgoResources.ANNOTATION_POD_NAME_FORMAT)
                .asText(null);
        ObjectNode nodes = tree.withObjectProperty("status").withObjectProperty("nodes");
        Set<String> removed = new HashSet<>();
        List<String> pods = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = nodes.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            ObjectNode n = (ObjectNode) e.getValue();
            String phase = n.path("phase").asText();
            boolean failed = phase.equals("Failed") || phase.equals("Error") || phase.equals("Omitted");
            // The exit handler runs again after a retry, as with argo retry: its nodes go, whatever their phase.
            boolean onExit = n.path("name").asText().startsWith(wfName + ".onExit");
            if (!failed && !onExit) {
                continue;
            }
            String type = n.path("type").asText();
            boolean leaf = type.equals("Pod") || type.equals("Container") || type.equals("Suspend")
                    || type.equals("Skipped") || type.equals("HTTP") || type.equals("Plugin");
            if (onExit || leaf) {
                removed.add(e.getKey());
                if (type.equals("Pod")) {
                    String template = n.hasNonNull("templateName") ? n.get("templateName").asText()
                            : n.path("templateRef").path("template").asText(null);
                    pods.add(PodNames.podName(wfName, n.path("name").asText(), template, e.getKey(), format));
                }
                it.remove();
            } else {
                n.put("phase", "Running");
                n.remove("message");
                n.remove("finishedAt");
            }
        }
        for (JsonNode n : nodes) {
            JsonNode children = n.path("children");
            if (children.isArray()) {
                ArrayNode kept = ((ObjectNode) n).putArray("children");
                for (JsonNode c : children) {
                    if (!removed.contains(c.asText())) {
                        kept.add(c);
                    }
                }
            }
        }
        return pods;
    }

    void delete(RunRef run) {
        var details = failures.call("delete", "workflows", run, () -> workflow(run.runId()).delete());
        if (details == null || details.isEmpty()) {
            throw new dev.orrery.runtime.RunNotFoundException(run);
        }
    }

    /**
     * Reads the Workflow, applies the change to its tree and writes it back with its resourceVersion;
     * on a conflict (the controller wrote meanwhile) reads again and retries. A change returning null
     * means there is nothing to write.
     */
    private void update(RunRef run, String verb, UnaryOperator<ObjectNode> change) {
        for (int attempt = 1; ; attempt++) {
            ObjectNode tree = ArgoResources.tree(get(run));
            ObjectNode changed = change.apply(tree);
            if (changed == null) {
                return;
            }
            try {
                client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace)
                        .resource(ArgoResources.resource(changed)).update();
                return;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409 || attempt >= CONFLICT_RETRIES) {
                    throw failures.translate("update", "workflows", run, e);
                }
            }
        }
    }

    private void requireInlineNodes(ObjectNode tree, String operation) {
        if (tree.path("status").hasNonNull("offloadNodeStatusVersion")) {
            throw new UnsupportedRunOperationException(operation, runtimeId,
                    "the run's node status is offloaded to the controller's database; use argo-server (argo "
                            + operation + ")");
        }
    }

    static boolean completed(GenericKubernetesResource wf) {
        return completedTree(ArgoResources.tree(wf));
    }

    private static boolean completedTree(ObjectNode tree) {
        String phase = tree.path("status").path("phase").asText();
        return phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Error");
    }
}
