package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline document: metadata, parameters, the templates in their order, and the canvas layout.
 * The entrypoint names the template that runs first, usually a graph of steps.
 */
public final class Pipeline {
    /** The Argo kind this pipeline was read from (or is meant to be), Workflow by default. */
    public ArgoKind argoKind = ArgoKind.WORKFLOW;
    public String name;
    public String generateName;
    public String namespace;
    public String description;
    public Map<String, String> labels = new LinkedHashMap<>();
    public Map<String, String> annotations = new LinkedHashMap<>();

    public List<Parameter> parameters = new ArrayList<>();
    public String entrypoint;
    /** The CronWorkflow fields; set exactly when the pipeline runs on a schedule (see {@link #setSchedule}). */
    public Schedule schedule;
    /** Events that start the pipeline (exported as an Argo Events EventSource and Sensor). */
    public List<EventTrigger> triggers = new ArrayList<>();
    public String serviceAccount;
    public ArrayNode volumes;
    /** Argo's artifactRepositoryRef: {@code configMap} and {@code key}. */
    public ObjectNode artifactRepositoryRef;
    /** Argo's ttlStrategy ({@code secondsAfterCompletion}, …). */
    public ObjectNode ttlStrategy;
    /** Argo's podGC ({@code strategy}, {@code labelSelector}, …). */
    public ObjectNode podGC;
    /** Name of the template run when the pipeline ends, whatever the outcome. */
    public String onExit;
    public List<Template> templates = new ArrayList<>();
    public Map<String, Position> layout = new LinkedHashMap<>();

    /** Top-level document fields other than apiVersion, kind, metadata, spec (e.g. status). */
    public ObjectNode extraDocument = Json.object();
    public ObjectNode extraMetadata = Json.object();
    /** Workflow spec fields the model does not lift (parallelism, podMetadata, hooks, …). */
    public ObjectNode extraSpec = Json.object();
    /** Where this was read from, for diagnostics; never written to YAML (the writers do not know it). */
    public SourceRef source;

    /**
     * The kind an Argo export writes when none is asked for: a CronWorkflow exactly when the pipeline
     * has a schedule, else the kind it was read as (a former CronWorkflow becomes a Workflow).
     */
    public ArgoKind kindToExport() {
        if (schedule != null) {
            return ArgoKind.CRON_WORKFLOW;
        }
        return argoKind == ArgoKind.CRON_WORKFLOW ? ArgoKind.WORKFLOW : argoKind;
    }

    /** Sets or removes (null) the schedule; the kind follows, as {@link #kindToExport()} says. */
    public void setSchedule(Schedule newSchedule) {
        schedule = newSchedule;
        argoKind = kindToExport();
    }

    public Optional<Template> template(String templateName) {
        if (templateName == null) {
            return Optional.empty();
        }
        for (Template t : templates) {
            if (templateName.equals(t.name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The entrypoint template, if it exists. */
    public Optional<Template> entryTemplate() {
        return template(entrypoint);
    }

    /** The graph the canvas shows first: the entrypoint's graph, if the entrypoint is a graph. */
    public Optional<Graph> mainGraph() {
        return entryTemplate().map(t -> t.graph);
    }

    /** The display name: name, else generateName without its trailing dash. */
    public String displayName() {
        if (name != null) {
            return name;
        }
        if (generateName != null) {
            return generateName.endsWith("-") ? generateName.substring(0, generateName.length() - 1) : generateName;
        }
        return "pipeline";
    }

    /** Number of steps in all graphs, for sizing and progress. */
    public int stepCount() {
        int n = 0;
        for (Template t : templates) {
            if (t.graph != null) {
                n += t.graph.steps.size();
            }
        }
        return n;
    }

    /** Parameter by name, if declared. */
    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> parameterName.equals(p.name)).findFirst();
    }

    /** A deep copy; edits to the copy never touch this pipeline. */
    public Pipeline copy() {
        Pipeline p = new Pipeline();
        p.argoKind = argoKind;
        p.name = name;
        p.generateName = generateName;
        p.namespace = namespace;
        p.description = description;
        p.labels = new LinkedHashMap<>(labels);
        p.annotations = new LinkedHashMap<>(annotations);
        parameters.forEach(x -> p.parameters.add(x.copy()));
        p.entrypoint = entrypoint;
        p.schedule = schedule == null ? null : schedule.copy();
        triggers.forEach(t -> p.triggers.add(t.copy()));
        p.serviceAccount = serviceAccount;
        p.volumes = Json.copy(volumes);
        p.artifactRepositoryRef = Json.copy(artifactRepositoryRef);
        p.ttlStrategy = Json.copy(ttlStrategy);
        p.podGC = Json.copy(podGC);
        p.onExit = onExit;
        templates.forEach(t -> p.templates.add(t.copy()));
        p.layout = new LinkedHashMap<>(layout);
        p.extraDocument = extraDocument.deepCopy();
        p.extraMetadata = extraMetadata.deepCopy();
        p.extraSpec = extraSpec.deepCopy();
        p.source = source;
        return p;
    }
}
