package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A reusable step definition (an Argo template): a container, a script, a Kubernetes resource,
 * an approval (suspend), or a graph of steps. Exactly one of {@link #container},
 * {@link #resource}, {@link #suspend}, {@link #graph} is set, matching {@link #type()}; a template
 * of type OTHER keeps its body in {@link #extra}.
 */
public final class Template {
    public String name;
    /** The palette kind the user chose; null means inferred from the body ({@link #inferredKind()}). */
    public StepKind kind;
    public List<Parameter> inputParameters = new ArrayList<>();
    public List<Artifact> inputArtifacts = new ArrayList<>();
    public List<Parameter> outputParameters = new ArrayList<>();
    public List<Artifact> outputArtifacts = new ArrayList<>();

    public Container container;
    public ResourceAction resource;
    /** Approval step: the suspend body ({@code duration}, possibly empty). */
    public ObjectNode suspend;
    public Graph graph;

    public ObjectNode nodeSelector;
    public ArrayNode tolerations;
    public RetryStrategy retryStrategy;
    /** Template timeout, a duration such as {@code 10m}. */
    public String timeout;
    /** Everything else of the template (volumes, sidecars, metrics, synchronization, http, …). */
    public ObjectNode extra = Json.object();
    /** Where this was read from, for diagnostics; never written to YAML (the writers do not know it). */
    public SourceRef source;

    public Template() {
    }

    public Template(String name) {
        this.name = name;
    }

    public TemplateType type() {
        if (container != null) {
            return container.isScript() ? TemplateType.SCRIPT : TemplateType.CONTAINER;
        }
        if (resource != null) {
            return TemplateType.RESOURCE;
        }
        if (suspend != null) {
            return TemplateType.SUSPEND;
        }
        if (graph != null) {
            return graph.style == GraphStyle.STEPS ? TemplateType.STEPS : TemplateType.DAG;
        }
        return TemplateType.OTHER;
    }

    public boolean isGraph() {
        return graph != null;
    }

    /** The kind shown on the canvas: the chosen one, else the one the body implies. */
    public StepKind effectiveKind() {
        return kind != null ? kind : inferredKind();
    }

    /** The kind a template's body implies when nobody chose one. */
    public StepKind inferredKind() {
        return switch (type()) {
            case CONTAINER -> container.resources.gpu != null ? StepKind.TRAIN : StepKind.CONTAINER;
            case SCRIPT -> container.resources.gpu != null ? StepKind.TRAIN : StepKind.SCRIPT;
            case RESOURCE -> StepKind.RESOURCE;
            case SUSPEND -> StepKind.APPROVAL;
            case DAG, STEPS -> StepKind.SUB_PIPELINE;
            case OTHER -> StepKind.OTHER;
        };
    }

    public String image() {
        return container == null ? null : container.image;
    }

    public Template copy() {
        Template t = new Template(name);
        t.kind = kind;
        inputParameters.forEach(p -> t.inputParameters.add(p.copy()));
        inputArtifacts.forEach(a -> t.inputArtifacts.add(a.copy()));
        outputParameters.forEach(p -> t.outputParameters.add(p.copy()));
        outputArtifacts.forEach(a -> t.outputArtifacts.add(a.copy()));
        t.container = container == null ? null : container.copy();
        t.resource = resource == null ? null : resource.copy();
        t.suspend = Json.copy(suspend);
        t.graph = graph == null ? null : graph.copy();
        t.nodeSelector = Json.copy(nodeSelector);
        t.tolerations = Json.copy(tolerations);
        t.retryStrategy = retryStrategy == null ? null : retryStrategy.copy();
        t.timeout = timeout;
        t.extra = extra.deepCopy();
        t.source = source;
        return t;
    }
}
