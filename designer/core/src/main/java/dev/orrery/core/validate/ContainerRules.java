package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateType;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a leaf template needs to run: an image (unless the workflow's templateDefaults give one), a
 * script's source, a resource's action and manifest, and GPU counts Kubernetes accepts.
 */
final class ContainerRules {
    private static final Set<String> RESOURCE_ACTIONS = Set.of("get", "create", "apply", "delete", "replace", "patch");

    private final Findings out;

    ContainerRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        JsonNode defaults = p.extraSpec.path("templateDefaults");
        boolean defaultContainerImage = defaults.path("container").path("image").isTextual();
        boolean defaultScriptImage = defaults.path("script").path("image").isTextual();
        for (Template t : p.templates) {
            TemplateType type = t.type();
            if (type == TemplateType.CONTAINER || type == TemplateType.SCRIPT) {
                boolean script = type == TemplateType.SCRIPT;
                SourceRef body = Findings.at(t.source, script ? "script" : "container");
                container(t, t.container, body, script ? defaultScriptImage : defaultContainerImage, script);
            } else if (type == TemplateType.RESOURCE) {
                resource(t);
            } else if (type == TemplateType.OTHER && t.extra.path("script").isObject()
                    && !t.extra.path("script").has("source")) {
                out.error(t.name, "source", Findings.at(t.source, "script"), "script template '" + t.name
                        + "' has no source: write the script in its source field, or make it a container template");
            }
        }
    }

    private void container(Template t, Container c, SourceRef body, boolean defaultImage, boolean script) {
        if ((c.image == null || c.image.isBlank()) && !defaultImage) {
            out.error(t.name, "image", Findings.at(body, "image"), "template '" + t.name + "' has no image: set the"
                    + " container image to run (e.g. python:3.12-slim)");
        }
        if (script && c.source.isBlank()) {
            out.warning(t.name, "source", Findings.at(body, "source"), "script template '" + t.name + "' has an"
                    + " empty source: write the script to run");
        }
        gpu(t, c.resources, Findings.at(body, "resources"));
    }

    private void gpu(Template t, Resources r, SourceRef at) {
        if (r.gpuRequestedWithoutLimit()) {
            out.error(t.name, "resources", Findings.at(at, "requests"), "template '" + t.name + "' requests a GPU"
                    + " without a limit; Kubernetes needs GPUs as limits: move the GPU count to resources.limits"
                    + " (or set it as the step's GPU count)");
        }
        if (r.gpu == null || r.gpu.isNull()) {
            return;
        }
        SourceRef limitAt = Findings.at(at, "limits", r.gpuResource == null ? "gpu" : r.gpuResource);
        if (!isWholeCount(r.gpu)) {
            out.error(t.name, "resources", limitAt, "template '" + t.name + "' asks for " + r.gpu.asText() + " "
                    + (r.gpuResource == null ? "GPU" : r.gpuResource) + "; GPUs cannot be shared by fractions: set a"
                    + " whole number such as 1");
        }
    }

    /** A whole, non-negative count, or an Argo placeholder resolved at run time. */
    private static boolean isWholeCount(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.asLong() >= 0;
        }
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().scale() <= 0 && n.asDouble() >= 0;
        }
        String s = n.asText().trim();
        if (ArgoNames.isTemplated(s)) {
            return true;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            return d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void resource(Template t) {
        var r = t.resource;
        SourceRef at = Findings.at(t.source, "resource");
        String action = r.action;
        if (action == null || action.isBlank()) {
            out.error(t.name, "action", Findings.at(at, "action"), "resource template '" + t.name + "' has no action:"
                    + " set it to one of create, apply, patch, replace, delete, get");
        } else if (!ArgoNames.isTemplated(action) && !RESOURCE_ACTIONS.contains(action)) {
            out.error(t.name, "action", Findings.at(at, "action"), "resource template '" + t.name + "' has action '"
                    + action + "': use one of create, apply, patch, replace, delete, get");
        }
        boolean needsManifest = !"delete".equals(action) && !"get".equals(action);
        boolean hasManifest = r.manifest != null && !r.manifest.isBlank() || r.extra.has("manifestFrom");
        if (needsManifest && !hasManifest) {
            out.error(t.name, "manifest", Findings.at(at, "manifest"), "resource template '" + t.name + "' has no"
                    + " manifest: write the Kubernetes object to " + (action == null ? "create" : action)
                    + " in its manifest (or use manifestFrom)");
        }
    }
}
