package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * Resets the failed part of a finished, failed run (see {@link RetryPlan}) and lets the controller
     * run it again: the failed steps' pods are deleted first, then the Workflow is updated.
     */
    void retry(RunRef run) {
        ObjectNode current = ArgoResources.tree(get(run));
        requireRetryable(run, current);
        for (String pod : RetryPlan.of(current.deepCopy()).pods()) {
            try {
                client.pods().inNamespace(namespace).withName(pod).delete();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw failures.translate("delete", "pods", null, e);
                }
            }
        }
        update(run, "retry", tree -> {
            requireRetryable(run, tree);
            return RetryPlan.of(tree).tree();
        });
    }

    private void requireRetryable(RunRef run, ObjectNode tree) {
        requireInlineNodes(tree, "retry");
        String phase = tree.path("status").path("phase").asText();
        if (!phase.equals("Failed") && !phase.equals("Error")) {
            throw new RuntimeFailure("cannot retry " + run.runId() + ": only a Failed or Error run can be retried"
                    + " (it is " + (phase.isEmpty() ? "Pending" : phase) + ")");
        }
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
