package dev.orrery.designer.canvas;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.text.Counts;
import java.util.Optional;

/** What a node shows about its step, read from the model: kind, image, badges. */
public record NodeFacts(String name, StepKind kind, String subtitle, int gpus, String retries, int loopSize,
        boolean looped, String when, boolean exitHandler) {

    /** The same facts for the pipeline's exit handler (shown with an "on exit" badge). */
    public NodeFacts asExitHandler() {
        return new NodeFacts(name, kind, subtitle, gpus, retries, loopSize, looped, when, true);
    }

    public static NodeFacts of(Pipeline p, Step s) {
        return of(s, s.template == null ? null : p.template(s.template).orElse(null));
    }

    /** @param template the template the step runs, or null when none or missing */
    public static NodeFacts of(Step s, Template template) {
        Optional<Template> t = Optional.ofNullable(template);
        StepKind kind;
        if (s.templateRef != null) {
            kind = StepKind.SUB_PIPELINE;
        } else {
            kind = t.map(Template::effectiveKind).orElse(StepKind.OTHER);
        }
        if (s.loop != null && kind != StepKind.SUB_PIPELINE && t.map(x -> x.kind == null).orElse(true)) {
            kind = kind == StepKind.TRAIN || kind == StepKind.CONTAINER || kind == StepKind.SCRIPT ? StepKind.SWEEP : kind;
        }
        String subtitle;
        if (s.templateRef != null) {
            subtitle = "→ " + s.templateRef.name() + "/" + s.templateRef.template();
        } else if (t.isEmpty()) {
            subtitle = s.template == null ? "" : "missing template " + s.template;
        } else if (t.get().image() != null) {
            subtitle = t.get().image();
        } else if (t.get().resource != null) {
            subtitle = t.get().resource.action + " " + manifestKind(t.get().resource.manifest);
        } else if (t.get().graph != null) {
            subtitle = Counts.of(t.get().graph.steps.size(), "step");
        } else {
            subtitle = t.get().type().name().toLowerCase(java.util.Locale.ROOT);
        }
        int gpus = t.map(x -> x.container == null ? 0 : x.container.resources.gpuCount()).orElse(0);
        String retries = t.map(x -> x.retryStrategy == null ? null
                : x.retryStrategy.limit == null ? "∞" : x.retryStrategy.limit.asText()).orElse(null);
        int loopSize = s.loop != null && s.loop.items != null ? s.loop.items.size() : 0;
        return new NodeFacts(s.name, kind, subtitle, gpus, retries, loopSize, s.loop != null, s.when, false);
    }

    private static String manifestKind(String manifest) {
        if (manifest == null) {
            return "";
        }
        for (String line : manifest.split("\n")) {
            if (line.startsWith("kind:")) {
                return line.substring(5).trim();
            }
        }
        return "";
    }
}
