package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeOutputs;
import dev.orrery.runtime.NodeResources;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.Progress;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SecretMasking;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps an Argo Workflow to Orrery's engine-neutral {@link RunState}. */
final class RunStateMapper {
    /** A display name's loop or retry suffix: {@code train(0)}, {@code train(1:a)}. */
    private static final Pattern SUFFIX = Pattern.compile("^(.*?)\\(\\d+(:.*)?\\)$");
    private static final Pattern PROGRESS = Pattern.compile("^(\\d+)/(\\d+)$");

    private final String runtimeId;
    private final String displayName;

    RunStateMapper(String runtimeId, String displayName) {
        this.runtimeId = runtimeId;
        this.displayName = displayName;
    }

    RunState map(GenericKubernetesResource wf) {
        ObjectMeta meta = wf.getMetadata();
        String name = meta.getName();
        RunRef ref = new RunRef(runtimeId, name);
        WorkflowStatus status = status(wf);
        List<NodeState> nodes = new ArrayList<>();
        for (WorkflowStatus.Node n : status.nodes().values()) {
            nodes.add(node(ref, name, n));
        }
        nodes.sort(Comparator.comparing((NodeState n) -> !n.id().equals(name))
                .thenComparing(NodeState::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(NodeState::name, Comparator.nullsLast(Comparator.naturalOrder())));
        // the cluster keeps the values; the monitor and printed lines show secrets masked
        return SecretMasking.mask(new RunState(ref, name, pipelineName(wf), displayName,
                Phase.fromArgo(status.phase()), instant(status.startedAt()), instant(status.finishedAt()),
                status.message(), progress(status.progress(), nodes), parameters(wf), nodes, revision(meta)));
    }

    static WorkflowStatus status(GenericKubernetesResource wf) {
        WorkflowStatus s = ArgoResources.read(wf.getAdditionalProperties().get("status"), WorkflowStatus.class);
        return s == null ? new WorkflowStatus(null, null, null, null, null, null, null, null) : s;
    }

    /** The resourceVersion as a number (etcd's revision); 0 when it is not one. */
    static long revision(ObjectMeta meta) {
        try {
            return meta.getResourceVersion() == null ? 0 : Long.parseLong(meta.getResourceVersion());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private NodeState node(RunRef ref, String workflowName, WorkflowStatus.Node n) {
        NodeType type = NodeType.fromArgo(n.type());
        boolean root = n.id().equals(workflowName) || n.name() != null && n.name().equals(workflowName);
        String display = n.displayName() == null ? n.name() : n.displayName();
        String step = root || type == NodeType.STEP_GROUP || type == NodeType.TASK_GROUP ? null : stepName(display);
        NodeOutputs outputs = outputs(ref, n);
        Integer exitCode = null;
        if (n.outputs() != null && n.outputs().exitCode() != null) {
            try {
                exitCode = Integer.valueOf(n.outputs().exitCode().trim());
            } catch (NumberFormatException e) {
                exitCode = null;
            }
        }
        String template = n.templateName() != null ? n.templateName()
                : n.templateRef() != null ? n.templateRef().template() : null;
        int attempts = type == NodeType.RETRY ? n.children().size() : n.startedAt() == null ? 0 : 1;
        return new NodeState(n.id(), n.name(), step, display, template, type, Phase.fromArgo(n.phase()),
                n.boundaryId(), n.children(), instant(n.startedAt()), instant(n.finishedAt()), n.message(), exitCode,
                outputs, attempts, new NodeResources(n.resourcesDuration(), null, null));
    }

    static String stepName(String display) {
        if (display == null) {
            return null;
        }
        Matcher m = SUFFIX.matcher(display);
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : display;
    }

    private static NodeOutputs outputs(RunRef ref, WorkflowStatus.Node n) {
        if (n.outputs() == null) {
            return NodeOutputs.NONE;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (WorkflowStatus.Parameter p : n.outputs().parameters()) {
            if (p.name() != null) {
                params.put(p.name(), p.value());
            }
        }
        List<ArtifactRef> artifacts = new ArrayList<>();
        for (WorkflowStatus.Artifact a : n.outputs().artifacts()) {
            if (a.name() != null) {
                artifacts.add(new ArtifactRef(ref, n.id(), a.name(), -1, location(a)));
            }
        }
        return new NodeOutputs(params, n.outputs().result(), artifacts);
    }

    /** Where the artifact is, for people: {@code s3://bucket/key}, or the key alone. */
    static String location(WorkflowStatus.Artifact a) {
        if (a.s3() != null && a.s3().hasNonNull("key")) {
            String bucket = a.s3().path("bucket").asText("");
            return bucket.isEmpty() ? a.s3().get("key").asText() : "s3://" + bucket + "/" + a.s3().get("key").asText();
        }
        for (JsonNode other : new JsonNode[] {a.gcs(), a.azure(), a.oss(), a.hdfs(), a.artifactory(), a.http()}) {
            if (other != null) {
                return other.path("key").asText(other.path("url").asText(other.path("blob").asText(null)));
            }
        }
        return null;
    }

    private static Progress progress(String text, List<NodeState> nodes) {
        if (text != null) {
            Matcher m = PROGRESS.matcher(text.trim());
            if (m.matches()) {
                int done = Integer.parseInt(m.group(1));
                int total = Integer.parseInt(m.group(2));
                if (done <= total) {
                    return new Progress(done, total);
                }
            }
        }
        int total = 0;
        int done = 0;
        for (NodeState n : nodes) {
            if (n.type().isLeaf()) {
                total++;
                if (n.phase().isFinished()) {
                    done++;
                }
            }
        }
        return new Progress(done, total);
    }

    private static Map<String, String> parameters(GenericKubernetesResource wf) {
        Map<String, String> out = new LinkedHashMap<>();
        Object rawSpec = wf.getAdditionalProperties().get("spec");
        if (rawSpec == null) {
            return out;
        }
        JsonNode spec = ArgoResources.JSON.valueToTree(rawSpec);
        for (JsonNode p : spec.path("arguments").path("parameters")) {
            if (p.hasNonNull("name")) {
                out.put(p.get("name").asText(), p.path("value").isMissingNode() ? null : p.path("value").asText());
            }
        }
        return out;
    }

    private static String pipelineName(GenericKubernetesResource wf) {
        Map<String, String> labels = wf.getMetadata().getLabels();
        if (labels != null) {
            for (String key : List.of(ArgoResources.LABEL_TEMPLATE, ArgoResources.LABEL_CLUSTER_TEMPLATE,
                    ArgoResources.LABEL_CRON)) {
                if (labels.get(key) != null) {
                    return labels.get(key);
                }
            }
        }
        String gen = wf.getMetadata().getGenerateName();
        if (gen != null && !gen.isBlank()) {
            return gen.endsWith("-") ? gen.substring(0, gen.length() - 1) : gen;
        }
        return wf.getMetadata().getName();
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
