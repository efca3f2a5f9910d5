package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.StoredPipeline;
import dev.orrery.runtime.SubmitOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArgoTemplateSubmitTest {
    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final ArgoRuntime runtime = cluster.runtime();

    @AfterEach
    void close() {
        runtime.close();
        cluster.close();
    }

    private JsonNode workflow(RunRef ref) {
        return ArgoResources.tree(cluster.client.genericKubernetesResources(ArgoResources.WORKFLOWS)
                .inNamespace(ArgoMockCluster.NAMESPACE).withName(ref.runId()).get());
    }

    private void store(io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext ctx, String kind, String name,
            ObjectNode spec) {
        ObjectNode doc = ArgoResources.JSON.createObjectNode();
        doc.put("apiVersion", ArgoResources.API_VERSION).put("kind", kind);
        doc.putObject("metadata").put("name", name).put("namespace", ArgoMockCluster.NAMESPACE);
        doc.set("spec", spec);
        cluster.client.genericKubernetesResources(ctx).inNamespace(ArgoMockCluster.NAMESPACE)
                .resource(ArgoResources.resource(doc)).create();
    }

    @Test
    void fromAWorkflowTemplateWithParameterOverrides() {
        ObjectNode spec = ArgoResources.JSON.createObjectNode().put("entrypoint", "main");
        spec.putObject("arguments").putArray("parameters").addObject().put("name", "lr").put("value", "0.01");
        store(ArgoResources.WORKFLOW_TEMPLATES, "WorkflowTemplate", "train-model", spec);

        RunRef ref = runtime.submit(StoredPipeline.parse("workflowtemplate/train-model"),
                new SubmitOptions(Map.of("lr", "0.3"), 0, null, Map.of("team", "ml")));

        JsonNode wf = workflow(ref);
        assertThat(ref.runId()).startsWith("train-model-");
        assertThat(wf.at("/spec/workflowTemplateRef/name").asText()).isEqualTo("train-model");
        assertThat(wf.at("/spec/arguments/parameters/0/name").asText()).isEqualTo("lr");
        assertThat(wf.at("/spec/arguments/parameters/0/value").asText()).isEqualTo("0.3");
        assertThat(wf.at("/metadata/labels").path(ArgoResources.LABEL_TEMPLATE).asText()).isEqualTo("train-model");
        assertThat(wf.at("/metadata/labels/team").asText()).isEqualTo("ml");
        assertThat(runtime.get(ref).pipelineName()).isEqualTo("train-model");
    }

    @Test
    void fromACronWorkflowCopiesItsWorkflowSpec() {
        ObjectNode spec = ArgoResources.JSON.createObjectNode().put("schedule", "0 * * * *");
        spec.putObject("workflowSpec").put("entrypoint", "nightly").putArray("templates").addObject()
                .put("name", "nightly");
        store(ArgoResources.CRON_WORKFLOWS, "CronWorkflow", "nightly-retrain", spec);

        RunRef ref = runtime.submit(StoredPipeline.parse("cronwf/nightly-retrain"), SubmitOptions.DEFAULTS);

        JsonNode wf = workflow(ref);
        assertThat(wf.at("/spec/entrypoint").asText()).isEqualTo("nightly");
        assertThat(wf.at("/spec").has("schedule")).isFalse();
        assertThat(wf.at("/metadata/labels").path(ArgoResources.LABEL_CRON).asText()).isEqualTo("nightly-retrain");
    }

    @Test
    void anUnknownTemplateIsNamed() {
        assertThatThrownBy(() -> runtime.submit(StoredPipeline.parse("wftmpl/nope"), SubmitOptions.DEFAULTS))
                .isInstanceOf(RuntimeFailure.class).hasMessage("no WorkflowTemplate named nope in ml");
        assertThatThrownBy(() -> StoredPipeline.parse("deployment/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRunsPipelineIsItsWorkflowImported() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS);
        var pipeline = runtime.pipelineOf(ref).orElseThrow();
        assertThat(pipeline.templates).extracting(t -> t.name).contains("main", "prepare", "train", "evaluate");
        assertThat(runtime.pipelineOf(new RunRef(runtime.id(), "gone"))).isEmpty();
    }

    @Test
    void anExactRunNameAndParallelismAreApplied() {
        RunRef ref = runtime.submit(Pipelines.churn(), SubmitOptions.DEFAULTS.withRunName("churn-exact")
                .withParallelism(2));
        assertThat(ref.runId()).isEqualTo("churn-exact");
        assertThat(workflow(ref).at("/spec/parallelism").asInt()).isEqualTo(2);
    }
}
