package dev.orrery.designer.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Resources;
import dev.orrery.designer.doc.DesignDocument;
import java.util.Set;

/**
 * The common edits as jobs, shared by the property sheet and the headless {@code orrery edit}
 * command so that both change a pipeline the same way (one code path). A new value keeps the YAML
 * type the old one had where it can ({@code "1"} stays text, {@code 1} a number), so that a save in
 * place changes the value and not its quoting.
 */
public final class PipelineEdits {
    private PipelineEdits() {
    }

    public static Job setImage(DesignDocument doc, String template, String image) {
        return new TemplateEditJob(doc, template, "Set image of " + template, t -> t.container.image = image);
    }

    /** Sets the GPU count (0: none); a first GPU gets the usual NVIDIA resource name. */
    public static Job setGpuCount(DesignDocument doc, String template, int count) {
        return new TemplateEditJob(doc, template, "Set GPU count of " + template, t -> {
            Resources r = t.container.resources;
            r.gpu = count == 0 ? null : r.gpu != null && r.gpu.isTextual() ? Json.text(Integer.toString(count))
                    : Json.F.numberNode(count);
            if (count > 0 && r.gpuResource == null) {
                r.gpuResource = Resources.NVIDIA_GPU;
            }
        });
    }

    /** Sets a pipeline parameter's value, adding the parameter when the pipeline has none of that name. */
    public static Job setParameter(DesignDocument doc, String name, String value) {
        Pipeline copy = doc.pipeline().copy();
        Parameter p = copy.parameters.stream().filter(x -> name.equals(x.name)).findFirst().orElse(null);
        if (p == null) {
            copy.parameters.add(Parameter.of(name, value));
        } else {
            p.value = sameType(p.value, value);
        }
        return new ReplacePipelineJob(doc, copy, "Set parameter " + name);
    }

    public static Job renameStep(DesignDocument doc, String oldName, String newName) {
        return new RenameStepJob(doc, oldName, newName);
    }

    public static Job removeStep(DesignDocument doc, String name) {
        return new RemoveStepsJob(doc, Set.of(name));
    }

    /** {@code text} as a node of the old value's type when it reads as one (a number stays a number). */
    static JsonNode sameType(JsonNode old, String text) {
        if (old != null && old.isNumber()) {
            try {
                return old.isIntegralNumber() ? Json.F.numberNode(new java.math.BigInteger(text))
                        : Json.F.numberNode(new java.math.BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                return Json.text(text);
            }
        }
        if (old != null && old.isBoolean() && (text.equals("true") || text.equals("false"))) {
            return Json.F.booleanNode(Boolean.parseBoolean(text));
        }
        return Json.text(text);
    }
}
