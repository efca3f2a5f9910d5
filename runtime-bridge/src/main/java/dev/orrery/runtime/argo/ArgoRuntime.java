package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.StoredPipeline;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs pipelines on Argo Workflows in one namespace of a Kubernetes cluster, through the fabric8
 * client and the cluster's API only (argo-server is used, when configured, for artifact downloads).
 * Thread-safe; every method may block on the network, so none belongs on the FX thread.
 */
public final class ArgoRuntime implements Runtime {
    private final KubernetesClient client;
    private final boolean ownsClient;
    private final ConnectionOptions options;
    private final String namespace;
    private final String id;
    private final String displayName;
    private final KubeFailures failures;
    private final RunStateMapper mapper;
    private final WorkflowFactory factory;
    private final WorkflowControl control;
    private final WorkflowWatch watch;
    private final NodeLogs logs;
    private final ArtifactDownloads downloads;
    /** The artifact Argo's {@code archiveLogs} stores a step's log in. */
    static final String ARCHIVED_LOG = "main-logs";

    /** Connects with the kubeconfig, context and namespace of the options. */
    public ArgoRuntime(ConnectionOptions options) {
        this(ArgoConnection.open(options), true, options);
    }

    /** Uses a client the caller made (and closes); the namespace is the options' or the client's. */
    public ArgoRuntime(KubernetesClient client, ConnectionOptions options) {
        this(client, false, options);
    }

    private ArgoRuntime(KubernetesClient client, boolean ownsClient, ConnectionOptions options) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
        this.options = options == null ? ConnectionOptions.defaults() : options;
        String ns = this.options.namespace() != null ? this.options.namespace() : client.getNamespace();
        this.namespace = ns == null ? "default" : ns;
        var ctx = client.getConfiguration().getCurrentContext();
        String contextName = this.options.context() != null ? this.options.context()
                : ctx != null && ctx.getName() != null ? ctx.getName() : "cluster";
        this.id = "argo:" + contextName + "/" + namespace;
        this.displayName = "Argo " + contextName + "/" + namespace;
        this.failures = new KubeFailures(String.valueOf(client.getMasterUrl()), namespace);
        this.mapper = new RunStateMapper(id, displayName);
        this.factory = new WorkflowFactory(namespace);
        this.control = new WorkflowControl(client, namespace, id, failures);
        this.watch = new WorkflowWatch(client, namespace, mapper, failures, this.options.connectTimeoutOrDefault());
        this.logs = new NodeLogs(client, namespace, failures);
        this.downloads = new ArtifactDownloads(namespace, this.options, new ArtifactRepositories(client, namespace,
                this.options.controllerNamespaceOrDefault(), failures));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public String namespace() {
        return namespace;
    }

    /**
     * Sends a test event to a webhook EventSource in this runtime's namespace (or {@code namespace} when given),
     * through the API server's service proxy ({@link dev.orrery.runtime.events.WebhookEvents}).
     */
    public dev.orrery.runtime.events.WebhookEvents.Answer sendWebhookEvent(String namespace, String eventSource,
            String port, String endpoint, String method, String json, java.time.Duration timeout)
            throws java.io.IOException {
        return dev.orrery.runtime.events.WebhookEvents.send(client, namespace == null ? this.namespace : namespace,
                eventSource, port, endpoint, method, json, timeout);
    }

    @Override
    public RunRef submit(Pipeline pipeline, SubmitOptions options) {
        return create(factory.fromPipeline(pipeline, options == null ? SubmitOptions.DEFAULTS : options));
    }

    @Override
    public RunRef submit(StoredPipeline template, SubmitOptions options) {
        ResourceDefinitionContext ctx = switch (template.kind()) {
            case WORKFLOW_TEMPLATE -> ArgoResources.WORKFLOW_TEMPLATES;
            case CLUSTER_WORKFLOW_TEMPLATE -> ArgoResources.CLUSTER_WORKFLOW_TEMPLATES;
            case CRON_WORKFLOW -> ArgoResources.CRON_WORKFLOWS;
            case WORKFLOW -> throw new IllegalArgumentException("a run is not submitted from a Workflow");
        };
        String plural = ctx.getPlural();
        GenericKubernetesResource stored = failures.call("get", plural, null, () -> ctx.isNamespaceScoped()
                ? client.genericKubernetesResources(ctx).inNamespace(namespace).withName(template.name()).get()
                : client.genericKubernetesResources(ctx).withName(template.name()).get());
        if (stored == null) {
            throw new RuntimeFailure("no " + template.kind().kind() + " named " + template.name()
                    + (ctx.isNamespaceScoped() ? " in " + namespace : " in the cluster"));
        }
        JsonNode tree = ArgoResources.tree(stored);
        return create(factory.fromTemplate(template, tree, options == null ? SubmitOptions.DEFAULTS : options));
    }

    private RunRef create(ObjectNode workflow) {
        GenericKubernetesResource created = failures.call("create", "workflows", null,
                () -> client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace)
                        .resource(ArgoResources.resource(workflow)).create());
        return new RunRef(id, created.getMetadata().getName());
    }

    /**
     * The run's Workflow imported as a pipeline; for a run of a WorkflowTemplate, the template spec
     * the controller stored in {@code status.storedWorkflowTemplateSpec}.
     */
    @Override
    public java.util.Optional<Pipeline> pipelineOf(RunRef run) {
        ObjectNode wf;
        try {
            wf = ArgoResources.tree(control.get(run));
        } catch (dev.orrery.runtime.RunNotFoundException e) {
            return java.util.Optional.empty();
        }
        ObjectNode doc = ArgoResources.JSON.createObjectNode();
        doc.put("apiVersion", ArgoResources.API_VERSION);
        doc.put("kind", "Workflow");
        doc.putObject("metadata").put("name", run.runId());
        JsonNode spec = wf.path("spec");
        JsonNode stored = wf.path("status").path("storedWorkflowTemplateSpec");
        doc.set("spec", spec.path("templates").isEmpty() && stored.isObject() ? stored.deepCopy() : spec.deepCopy());
        return java.util.Optional.ofNullable(new dev.orrery.core.argo.ArgoImporter().read(doc).pipeline());
    }

    @Override
    public List<RunState> list() {
        List<RunState> runs;
        if (watch.started()) {
            runs = new ArrayList<>(watch.snapshot());
        } else {
            runs = new ArrayList<>();
            var items = failures.call("list", "workflows", null,
                    () -> client.genericKubernetesResources(ArgoResources.WORKFLOWS).inNamespace(namespace).list()
                            .getItems());
            for (GenericKubernetesResource wf : items) {
                runs.add(mapper.map(wf));
            }
        }
        runs.sort(Comparator.comparing(RunState::startedAt, Comparator.nullsFirst(
                Comparator.<java.time.Instant>naturalOrder())).reversed().thenComparing(RunState::name));
        return runs;
    }

    @Override
    public RunState get(RunRef run) {
        return mapper.map(control.get(run));
    }

    @Override
    public Subscription watch(RunListener listener) {
        return watch.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public Subscription logs(RunRef run, String nodeId, LogOptions options, LogListener listener) {
        GenericKubernetesResource wf = control.get(run);
        WorkflowStatus.Node node = RunStateMapper.status(wf).nodes().get(nodeId);
        if (node == null) {
            throw new RuntimeFailure("run " + run.runId() + " has no step with node id " + nodeId);
        }
        if (!"Pod".equals(node.type())) {
            throw new RuntimeFailure(node.displayName() + " is a " + node.type()
                    + " node; only steps that ran a pod have logs");
        }
        String what = "step " + node.displayName() + " of " + run.runId();
        LogOptions opts = options == null ? LogOptions.FROM_START : options;
        String pod = podName(wf, node);
        boolean unfinished = !dev.orrery.runtime.Phase.fromArgo(node.phase()).isFinished();
        if (pod == null && opts.follow() && unfinished) {
            // Not created yet: wait for it under the name Argo will give it.
            return logs.stream(expectedPodName(wf, node), what, opts, listener, true);
        }
        if (pod == null) {
            // The pod is gone (pod garbage collection) or not there yet; Argo's archived log, if kept, still is.
            boolean archived = node.outputs() != null && node.outputs().artifacts().stream()
                    .anyMatch(a -> ARCHIVED_LOG.equals(a.name()));
            if (archived) {
                ArtifactRef log = new ArtifactRef(run, nodeId, ARCHIVED_LOG, -1, null);
                return logs.archived(() -> maybeGunzip(downloads.open(wf, log)), what, opts, listener);
            }
            listener.onEnd(new RuntimeFailure("no log for " + what + ": its pod does not exist (not started yet,"
                    + " or removed by pod garbage collection) and Argo did not archive its log"));
            return () -> { };
        }
        return logs.stream(pod, what, opts, listener, false);
    }

    /**
     * The node's pod: Argo's name for it, or else the pod labelled with the workflow and annotated
     * with the node id; null when there is none.
     */
    String podName(GenericKubernetesResource wf, WorkflowStatus.Node node) {
        String wfName = wf.getMetadata().getName();
        String name = expectedPodName(wf, node);
        Pod pod = failures.call("get", "pods", null,
                () -> client.pods().inNamespace(namespace).withName(name).get());
        if (pod != null) {
            return name;
        }
        List<Pod> pods = failures.call("list", "pods", null, () -> client.pods().inNamespace(namespace)
                .withLabel(ArgoResources.LABEL_WORKFLOW, wfName).list().getItems());
        return pods.stream().filter(p -> p.getMetadata().getAnnotations() != null
                && node.id().equals(p.getMetadata().getAnnotations().get(ArgoResources.ANNOTATION_NODE_ID)))
                .map(p -> p.getMetadata().getName()).findFirst().orElse(null);
    }

    /** Archived logs may be stored gzip-compressed; plain text passes through. */
    private static InputStream maybeGunzip(InputStream in) {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in);
        try {
            b.mark(2);
            int first = b.read();
            int second = b.read();
            b.reset();
            return first == 0x1f && second == 0x8b ? new java.util.zip.GZIPInputStream(b) : b;
        } catch (java.io.IOException e) {
            throw new RuntimeFailure("cannot read the archived log: " + e.getMessage(), e);
        }
    }

    /** Argo's name for the node's pod, from the workflow's pod-name format (v2 when not recorded). */
    static String expectedPodName(GenericKubernetesResource wf, WorkflowStatus.Node node) {
        Map<String, String> annotations = wf.getMetadata().getAnnotations();
        String format = annotations == null ? null : annotations.get(ArgoResources.ANNOTATION_POD_NAME_FORMAT);
        String template = node.templateName() != null ? node.templateName()
                : node.templateRef() != null ? node.templateRef().template() : null;
        return PodNames.podName(wf.getMetadata().getName(), node.name(), template, node.id(), format);
    }

    @Override
    public List<ArtifactRef> artifacts(RunRef run) {
        List<ArtifactRef> out = new ArrayList<>();
        for (NodeState n : get(run).nodes()) {
            out.addAll(n.outputs().artifacts());
        }
        return out;
    }

    @Override
    public InputStream openArtifact(ArtifactRef artifact) {
        return downloads.open(control.get(artifact.run()), artifact);
    }

    @Override
    public void stop(RunRef run) {
        control.shutdown(run, "Stop");
    }

    @Override
    public void terminate(RunRef run) {
        control.shutdown(run, "Terminate");
    }

    @Override
    public void suspend(RunRef run) {
        control.suspend(run);
    }

    @Override
    public void resume(RunRef run) {
        control.resume(run);
    }

    /** Retries the failed steps in place (as {@code argo retry}); the run keeps its name. */
    @Override
    public RunRef retry(RunRef run) {
        control.retry(run);
        return run;
    }

    @Override
    public RunRef resubmit(RunRef run) {
        return create(factory.resubmission(ArgoResources.tree(control.get(run))));
    }

    @Override
    public void delete(RunRef run) {
        control.delete(run);
    }

    @Override
    public void close() {
        watch.close();
        if (ownsClient) {
            client.close();
        }
    }
}
