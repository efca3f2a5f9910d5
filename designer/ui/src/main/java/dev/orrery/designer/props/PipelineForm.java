package dev.orrery.designer.props;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.ReplacePipelineJob;
import java.util.List;
import java.util.function.Consumer;

/** Settings of the pipeline itself, shown when no step is selected. */
final class PipelineForm extends Form {
    private final DesignDocument doc;

    PipelineForm(DesignDocument doc) {
        this.doc = doc;
        section("Pipeline");
        text("Name", "prop-pipeline-name", () -> StepForm.orEmpty(p().name),
                v -> v.trim().matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?") ? null
                        : "lower-case letters, digits, '-' and '.', starting and ending with a letter or digit",
                v -> edit("Rename pipeline", x -> x.name = v.trim()));
        text("Description", "prop-description", () -> StepForm.orEmpty(p().description), Form::none,
                v -> edit("Set description", x -> x.description = v.isBlank() ? null : v.trim()));
        area("Parameters", "prop-parameters", 3, () -> TextForms.parameters(p().parameters),
                v -> TextForms.parameters(v, List.of()).problem(),
                v -> edit("Set parameters", x -> x.parameters = TextForms.parameters(v, x.parameters).value()));
        text("Entrypoint", "prop-entrypoint", () -> StepForm.orEmpty(p().entrypoint),
                v -> p().template(v.trim()).isPresent() ? null : "no template is named " + v.trim(),
                v -> edit("Set entrypoint", x -> x.entrypoint = v.trim()));
        section("Running");
        text("Service account", "prop-service-account", () -> StepForm.orEmpty(p().serviceAccount),
                v -> v.isBlank() || v.trim().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?") ? null : "a Kubernetes name",
                v -> edit("Set service account", x -> x.serviceAccount = v.isBlank() ? null : v.trim()));
        text("TTL after completion (s)", "prop-ttl", () -> p().ttlStrategy == null ? ""
                        : TextForms.text(p().ttlStrategy.get("secondsAfterCompletion")),
                v -> v.isBlank() || v.trim().matches("\\d{1,9}") ? null : "a whole number of seconds",
                v -> edit("Set TTL", x -> {
                    if (v.isBlank()) {
                        if (x.ttlStrategy != null) {
                            x.ttlStrategy.remove("secondsAfterCompletion");
                            if (x.ttlStrategy.isEmpty()) {
                                x.ttlStrategy = null;
                            }
                        }
                    } else {
                        ObjectNode ttl = x.ttlStrategy == null ? Json.object() : x.ttlStrategy;
                        ttl.put("secondsAfterCompletion", Integer.parseInt(v.trim()));
                        x.ttlStrategy = ttl;
                    }
                }));
        text("Artifact repository", "prop-artifact-repository", () -> p().artifactRepositoryRef == null ? ""
                        : p().artifactRepositoryRef.path("configMap").asText("") + "/" + p().artifactRepositoryRef.path("key").asText(""),
                v -> v.isBlank() || v.trim().matches("[a-z0-9][-a-z0-9.]*/[-._a-zA-Z0-9]+") ? null
                        : "a ConfigMap and key: artifact-repositories/my-bucket",
                v -> edit("Set artifact repository", x -> {
                    if (v.isBlank()) {
                        x.artifactRepositoryRef = null;
                    } else {
                        String[] parts = v.trim().split("/", 2);
                        ObjectNode ref = x.artifactRepositoryRef == null ? Json.object() : x.artifactRepositoryRef;
                        ref.put("configMap", parts[0]).put("key", parts[1]);
                        x.artifactRepositoryRef = ref;
                    }
                }));
        text("Pod GC", "prop-pod-gc", () -> p().podGC == null ? "" : p().podGC.path("strategy").asText(""),
                v -> v.isBlank() || v.trim().matches("OnPodCompletion|OnPodSuccess|OnWorkflowCompletion|OnWorkflowSuccess")
                        ? null : "OnPodCompletion, OnPodSuccess, OnWorkflowCompletion or OnWorkflowSuccess",
                v -> edit("Set pod GC", x -> {
                    if (v.isBlank()) {
                        x.podGC = null;
                    } else {
                        ObjectNode gc = x.podGC == null ? Json.object() : x.podGC;
                        gc.put("strategy", v.trim());
                        x.podGC = gc;
                    }
                }));
        text("Exit handler", "prop-on-exit", () -> StepForm.orEmpty(p().onExit),
                v -> v.isBlank() || p().template(v.trim()).isPresent() ? null : "no template is named " + v.trim(),
                v -> edit("Set exit handler", x -> x.onExit = v.isBlank() ? null : v.trim()));
        // Last, so the fields above keep their places in the sheet
        ScheduleSection.addTo(this, doc, this::edit);
    }

    private Pipeline p() {
        return doc.pipeline();
    }

    private void edit(String description, Consumer<Pipeline> change) {
        Pipeline copy = doc.pipeline().copy();
        change.accept(copy);
        doc.execute(new ReplacePipelineJob(doc, copy, description));
    }
}
