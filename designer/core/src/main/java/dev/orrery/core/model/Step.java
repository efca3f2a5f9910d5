package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of a graph: runs a template (by name, or by reference to another WorkflowTemplate) after
 * the steps it depends on, with arguments, an optional condition and an optional fan-out.
 */
public final class Step {
    public String name;
    /** Name of the template this step runs, in the same pipeline. */
    public String template;
    /** Or: a template of another WorkflowTemplate in the cluster. */
    public TemplateRef templateRef;
    /** Names of the steps this one runs after (the canvas edges). */
    public List<String> dependsOn = new ArrayList<>();
    /**
     * Argo's enhanced dependency expression ({@code A && (B.Failed || C)}); when set it is what
     * Argo sees, and {@link #dependsOn} lists the steps it names.
     */
    public String dependsExpression;
    public String when;
    public Loop loop;
    public ContinueOn continueOn;
    public List<Parameter> parameterArguments = new ArrayList<>();
    public List<Artifact> artifactArguments = new ArrayList<>();
    /** Task or step fields the model does not lift (hooks, onExit, inline, …). */
    public ObjectNode extra = Json.object();
    /** Where this was read from, for diagnostics; never written to YAML (the writers do not know it). */
    public SourceRef source;

    public Step() {
    }

    public Step(String name, String template) {
        this.name = name;
        this.template = template;
    }

    public Step copy() {
        Step s = new Step(name, template);
        s.templateRef = templateRef;
        s.dependsOn = new ArrayList<>(dependsOn);
        s.dependsExpression = dependsExpression;
        s.when = when;
        s.loop = loop == null ? null : loop.copy();
        s.continueOn = continueOn;
        parameterArguments.forEach(p -> s.parameterArguments.add(p.copy()));
        artifactArguments.forEach(a -> s.artifactArguments.add(a.copy()));
        s.extra = extra.deepCopy();
        s.source = source;
        return s;
    }
}
