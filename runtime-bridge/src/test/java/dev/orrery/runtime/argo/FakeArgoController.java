package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-side stand-in for Argo's workflow-controller: moves a Workflow whose entrypoint is a DAG
 * through the phases the way Argo does, one status write per {@link #step}, with the status shapes
 * of argo-workflows' own samples ({@code shared/argo/status/}): node ids {@code <wf>-<fnv32a(name)>},
 * names {@code <wf>.<task>}, a DAG root with the workflow's name, {@code boundaryID}, children,
 * {@code outputs.exitCode}, S3 artifact keys and output parameters (their {@code valueFrom.default}),
 * the {@code completed} and {@code phase} labels, and
 * the v2 pod-name annotation. It creates a pod per task (named as Argo names v2 pods), honours
 * {@code spec.shutdown} and {@code spec.suspend}, and runs again what {@code retry} reset.
 */
public final class FakeArgoController {
    /** One node phase change, as the controller wrote it. */
    public record Transition(String nodeId, String displayName, String phase) {
    }

    private static final Pattern TASK_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final KubernetesClient client;
    private final String namespace;
    private final Map<String, Integer> failuresLeft = new HashMap<>();
    private final Map<String, String> artifactRepository = new LinkedHashMap<>();
    private Instant clock = Instant.parse("2026-11-28T10:00:00Z");

    FakeArgoController(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** The task fails with exit code 1 the next {@code times} times it runs. */
    public FakeArgoController failing(String task, int times) {
        failuresLeft.put(task, times);
        return this;
    }

    /** Records this S3 repository in {@code status.artifactRepositoryRef} as the controller does. */
    public FakeArgoController withS3Repository(String endpoint, String bucket, String secretName) {
        artifactRepository.put("endpoint", endpoint);
        artifactRepository.put("bucket", bucket);
        artifactRepository.put("secret", secretName);
        return this;
    }

    /** Runs steps until the workflow is finished (or suspended); returns every transition written. */
    public List<Transition> runToEnd(String name) {
        List<Transition> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<Transition> t = step(name);
            if (t.isEmpty()) {
                return all;
            }
            all.addAll(t);
        }
        throw new AssertionError("workflow " + name + " did not finish in 200 steps");
    }

    /** One reconciliation: at most one status write. Returns the node phase changes it wrote (empty: nothing to do). */
    public List<Transition> step(String name) {
        GenericKubernetesResource r = client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace)
                .withName(name).get();
        ObjectNode wf = ArgoResources.tree(r);
        List<Transition> changes = reconcile(wf);
        if (!changes.isEmpty()) {
            client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace)
                    .resource(ArgoResources.resource(wf)).update();
        }
        return changes;
    }

    private List<Transition> reconcile(ObjectNode wf) {
        String name = wf.path("metadata").path("name").asText();
        ObjectNode status = wf.withObjectProperty("status");
        String phase = status.path("phase").asText("");
        ObjectNode spec = (ObjectNode) wf.get("spec");
        if (phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Error")) {
            return List.of();
        }
        ObjectNode nodes = status.withObjectProperty("nodes");
        List<Transition> out = new ArrayList<>();
        if (phase.isEmpty() || phase.equals("Pending")) {
            start(wf, name, status, nodes, out);
            return out;
        }
        String shutdown = spec.path("shutdown").asText("");
        if (!shutdown.isEmpty()) {
            shutdown(wf, name, shutdown, nodes, out);
            return out;
        }
        if (spec.path("suspend").asBoolean(false)) {
            return out;
        }
        Map<String, JsonNode> tasks = dagTasks(spec);
        for (Map.Entry<String, JsonNode> e : tasks.entrySet()) {
            ObjectNode node = taskNode(nodes, name, e.getKey());
            if (node != null && node.path("phase").asText().equals("Pending")) {
                node.put("phase", "Running");
                node.put("startedAt", tick());
                out.add(transition(node));
                return out;
            }
        }
        for (Map.Entry<String, JsonNode> e : tasks.entrySet()) {
            ObjectNode node = taskNode(nodes, name, e.getKey());
            if (node != null && node.path("phase").asText().equals("Running")) {
                finish(name, e.getKey(), e.getValue(), node, spec);
                out.add(transition(node));
                progress(status, nodes);
                return out;
            }
        }
        for (Map.Entry<String, JsonNode> e : tasks.entrySet()) {
            if (taskNode(nodes, name, e.getKey()) == null && ready(nodes, name, e.getValue())) {
                ObjectNode node = createTask(wf, name, e.getKey(), e.getValue(), nodes);
                out.add(transition(node));
                return out;
            }
        }
        complete(wf, name, status, nodes, tasks, out);
        return out;
    }

    private void start(ObjectNode wf, String name, ObjectNode status, ObjectNode nodes, List<Transition> out) {
        wf.withObjectProperty("metadata").withObjectProperty("annotations")
                .put(ArgoResources.ANNOTATION_POD_NAME_FORMAT, "v2");
        wf.withObjectProperty("metadata").withObjectProperty("labels").put(ArgoResources.LABEL_PHASE, "Running");
        String now = tick();
        status.put("phase", "Running");
        status.put("startedAt", now);
        status.put("progress", "0/" + dagTasks((ObjectNode) wf.get("spec")).size());
        if (!artifactRepository.isEmpty()) {
            ObjectNode ref = status.putObject("artifactRepositoryRef");
            ref.put("configMap", "artifact-repositories");
            ref.put("key", "default-v1");
            ref.put("namespace", namespace);
            ObjectNode s3 = ref.putObject("artifactRepository").putObject("s3");
            s3.put("endpoint", artifactRepository.get("endpoint"));
            s3.put("bucket", artifactRepository.get("bucket"));
            s3.put("insecure", true);
            s3.putObject("accessKeySecret").put("name", artifactRepository.get("secret")).put("key", "accesskey");
            s3.putObject("secretKeySecret").put("name", artifactRepository.get("secret")).put("key", "secretkey");
        }
        ObjectNode root = nodes.putObject(name);
        root.put("id", name);
        root.put("name", name);
        root.put("displayName", name);
        root.put("type", "DAG");
        root.put("templateName", wf.path("spec").path("entrypoint").asText());
        root.put("phase", "Running");
        root.put("startedAt", now);
        root.putArray("children");
        out.add(transition(root));
    }

    private ObjectNode createTask(ObjectNode wf, String name, String task, JsonNode def, ObjectNode nodes) {
        String nodeName = name + "." + task;
        String id = name + "-" + Integer.toUnsignedString(PodNames.fnv32a(nodeName));
        ObjectNode node = nodes.putObject(id);
        node.put("id", id);
        node.put("name", nodeName);
        node.put("displayName", task);
        node.put("type", "Pod");
        node.put("templateName", def.path("template").asText());
        node.put("phase", "Pending");
        node.put("boundaryID", name);
        node.put("startedAt", tick());
        List<String> deps = dependencies(def);
        if (deps.isEmpty()) {
            ((ArrayNode) nodes.get(name).withArrayProperty("children")).add(id);
        }
        for (String d : deps) {
            ObjectNode parent = taskNode(nodes, name, d);
            parent.withArrayProperty("children").add(id);
        }
        String pod = PodNames.podName(name, nodeName, def.path("template").asText(), id, "v2");
        client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName(pod)
                .addToLabels(ArgoResources.LABEL_WORKFLOW, name)
                .addToAnnotations(ArgoResources.ANNOTATION_NODE_ID, id)
                .addToAnnotations("workflows.argoproj.io/node-name", nodeName).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("busybox").endContainer().endSpec()
                .build()).createOr(existing -> existing.update());
        return node;
    }

    private void finish(String name, String task, JsonNode def, ObjectNode node, ObjectNode spec) {
        int left = failuresLeft.getOrDefault(task, 0);
        ObjectNode outputs = node.putObject("outputs");
        node.put("finishedAt", tick());
        // what the controller estimates from the pod's requests and run time, in Argo's units: 2 cpu-seconds, 1 (100Mi)-second
        ObjectNode used = node.putObject("resourcesDuration");
        used.put("cpu", 2);
        used.put("memory", 1);
        if (left > 0) {
            failuresLeft.put(task, left - 1);
            node.put("phase", "Failed");
            node.put("message", "Error (exit code 1)");
            outputs.put("exitCode", "1");
            return;
        }
        node.put("phase", "Succeeded");
        outputs.put("exitCode", "0");
        JsonNode template = template(spec, def.path("template").asText());
        ArrayNode artifacts = null;
        for (JsonNode a : template.path("outputs").path("artifacts")) {
            if (artifacts == null) {
                artifacts = outputs.putArray("artifacts");
            }
            String pod = PodNames.podName(name, node.path("name").asText(), def.path("template").asText(),
                    node.path("id").asText(), "v2");
            ObjectNode art = artifacts.addObject();
            art.put("name", a.path("name").asText());
            art.put("path", a.path("path").asText());
            art.putObject("s3").put("key", name + "/" + pod + "/" + a.path("name").asText() + ".tgz");
        }
        // the fake runs no pod: an output parameter takes its valueFrom.default as what the pod wrote
        for (JsonNode p : template.path("outputs").path("parameters")) {
            if (p.path("valueFrom").has("default")) {
                outputs.withArrayProperty("parameters").addObject().put("name", p.path("name").asText())
                        .put("value", p.path("valueFrom").path("default").asText());
            }
        }
    }

    private void complete(ObjectNode wf, String name, ObjectNode status, ObjectNode nodes, Map<String, JsonNode> tasks,
            List<Transition> out) {
        String failed = null;
        for (String task : tasks.keySet()) {
            ObjectNode n = taskNode(nodes, name, task);
            if (n != null && (n.path("phase").asText().equals("Failed") || n.path("phase").asText().equals("Error"))) {
                failed = task;
                break;
            }
        }
        String phase = failed == null ? "Succeeded" : "Failed";
        String now = tick();
        ObjectNode root = (ObjectNode) nodes.get(name);
        root.put("phase", phase);
        root.put("finishedAt", now);
        out.add(transition(root));
        status.put("phase", phase);
        status.put("finishedAt", now);
        if (failed != null) {
            status.put("message", "child '" + taskNode(nodes, name, failed).path("id").asText() + "' failed");
        }
        progress(status, nodes);
        ObjectNode labels = wf.withObjectProperty("metadata").withObjectProperty("labels");
        labels.put(ArgoResources.LABEL_COMPLETED, "true");
        labels.put(ArgoResources.LABEL_PHASE, phase);
    }

    private void shutdown(ObjectNode wf, String name, String strategy, ObjectNode nodes, List<Transition> out) {
        String now = tick();
        Iterator<JsonNode> it = nodes.elements();
        while (it.hasNext()) {
            ObjectNode n = (ObjectNode) it.next();
            String p = n.path("phase").asText();
            if (!n.path("id").asText().equals(name) && (p.equals("Running") || p.equals("Pending"))) {
                n.put("phase", "Failed");
                n.put("message", "workflow shutdown with strategy:  " + strategy);
                n.put("finishedAt", now);
                out.add(transition(n));
            }
        }
        ObjectNode root = (ObjectNode) nodes.get(name);
        root.put("phase", "Failed");
        root.put("finishedAt", now);
        out.add(transition(root));
        ObjectNode status = wf.withObjectProperty("status");
        status.put("phase", "Failed");
        status.put("finishedAt", now);
        status.put("message", "Stopped with strategy '" + strategy + "'");
        ObjectNode labels = wf.withObjectProperty("metadata").withObjectProperty("labels");
        labels.put(ArgoResources.LABEL_COMPLETED, "true");
        labels.put(ArgoResources.LABEL_PHASE, "Failed");
    }

    private static void progress(ObjectNode status, ObjectNode nodes) {
        int total = 0;
        int done = 0;
        for (JsonNode n : nodes) {
            if (n.path("type").asText().equals("Pod")) {
                total++;
                String p = n.path("phase").asText();
                if (!p.equals("Pending") && !p.equals("Running")) {
                    done++;
                }
            }
        }
        status.put("progress", done + "/" + Math.max(total, done));
    }

    private static boolean ready(ObjectNode nodes, String name, JsonNode def) {
        for (String d : dependencies(def)) {
            ObjectNode n = taskNode(nodes, name, d);
            if (n == null || !n.path("phase").asText().equals("Succeeded")) {
                return false;
            }
        }
        return true;
    }

    static List<String> dependencies(JsonNode def) {
        List<String> deps = new ArrayList<>();
        def.path("dependencies").forEach(d -> deps.add(d.asText()));
        if (def.hasNonNull("depends")) {
            Set<String> seen = new HashSet<>(deps);
            Matcher m = TASK_NAME.matcher(def.get("depends").asText().replaceAll("\\.[A-Za-z]+", ""));
            while (m.find()) {
                if (seen.add(m.group())) {
                    deps.add(m.group());
                }
            }
        }
        return deps;
    }

    private static ObjectNode taskNode(ObjectNode nodes, String name, String task) {
        String id = name + "-" + Integer.toUnsignedString(PodNames.fnv32a(name + "." + task));
        JsonNode n = nodes.get(id);
        return n == null ? null : (ObjectNode) n;
    }

    private static Map<String, JsonNode> dagTasks(ObjectNode spec) {
        JsonNode entry = template(spec, spec.path("entrypoint").asText());
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        for (JsonNode t : entry.path("dag").path("tasks")) {
            tasks.put(t.path("name").asText(), t);
        }
        if (tasks.isEmpty()) {
            throw new AssertionError("the fake controller runs DAG entrypoints only; got " + entry);
        }
        return tasks;
    }

    private static JsonNode template(ObjectNode spec, String templateName) {
        for (JsonNode t : spec.path("templates")) {
            if (templateName.equals(t.path("name").asText())) {
                return t;
            }
        }
        throw new AssertionError("no template " + templateName);
    }

    private static Transition transition(ObjectNode node) {
        return new Transition(node.path("id").asText(), node.path("displayName").asText(), node.path("phase").asText());
    }

    private String tick() {
        clock = clock.plusSeconds(1);
        return clock.toString();
    }
}
