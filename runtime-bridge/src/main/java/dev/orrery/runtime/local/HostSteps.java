package dev.orrery.runtime.local;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps that, in host mode, run with this computer's programs instead of in the image they name:
 * container and script steps with an image and no {@code orrery.dev/local-command} (a step with one
 * was told how to run here). Both the desktop's notice before a local run and the CLI's warning list
 * them, so a user learns before the run that {@code import pandas} needs pandas on this computer.
 */
public final class HostSteps {
    private HostSteps() {
    }

    /** A step and the image it would have run in. */
    public record HostStep(String step, String image) {
        @Override
        public String toString() {
            return step + " (" + image + ")";
        }
    }

    /** Every such step of the pipeline's graphs (and a single-container entrypoint), once, in order. */
    public static List<HostStep> of(Pipeline p) {
        Map<String, HostStep> found = new LinkedHashMap<>();
        p.entryTemplate().ifPresent(entry -> inImage(entry).ifPresent(image ->
                found.put(entry.name, new HostStep(entry.name, image))));
        for (Template t : p.templates) {
            Graph g = t.graph;
            if (g == null) {
                continue;
            }
            for (Step s : g.steps) {
                if (s.template == null || s.templateRef != null) {
                    continue;
                }
                p.template(s.template).flatMap(HostSteps::inImage)
                        .ifPresent(image -> found.putIfAbsent(s.name, new HostStep(s.name, image)));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The image a template would run in, when host mode runs it on the host instead. */
    private static Optional<String> inImage(Template t) {
        if (t.container == null || t.container.image == null || t.container.image.isBlank()) {
            return Optional.empty();
        }
        return StepCommand.localCommand(t) != null ? Optional.empty() : Optional.of(t.container.image);
    }
}
