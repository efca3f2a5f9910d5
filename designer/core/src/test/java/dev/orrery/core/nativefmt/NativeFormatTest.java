package dev.orrery.core.nativefmt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.ArgoSchema;
import org.junit.jupiter.api.Test;

class NativeFormatTest {

    /** prepare (data-prep script) → train (GPU container); built the way the designer builds it. */
    static Pipeline designed() {
        Pipeline p = new Pipeline();
        p.name = "churn-model";
        p.description = "Train the churn model";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        Step prepare = new Step("prepare", "prepare");
        Step train = new Step("train", "train");
        train.dependsOn.add("prepare");
        main.graph.steps.add(prepare);
        main.graph.steps.add(train);
        Template prep = new Template("prepare");
        prep.kind = StepKind.DATA_PREP;
        prep.container = new Container();
        prep.container.image = "python:3.12-slim";
        prep.container.language = "python";
        prep.container.source = "import pandas as pd\nprint('ok')\n";
        Template tr = new Template("train");
        tr.kind = StepKind.TRAIN;
        tr.container = new Container();
        tr.container.image = "pytorch/pytorch:2.4.0";
        tr.container.command = java.util.List.of("python", "train.py");
        tr.container.resources.gpu = Json.F.numberNode(2);
        tr.container.resources.gpuResource = "nvidia.com/gpu";
        tr.container.env.add(EnvVar.secret("TOKEN", "registry", "token"));
        p.templates.add(main);
        p.templates.add(prep);
        p.templates.add(tr);
        p.layout.put("prepare", new Position(80, 120));
        p.layout.put("train", new Position(320.5, 120));
        return p;
    }

    @Test
    void designedPipelineReadsAsStepsWithInlineTemplates() {
        String text = PipelineFiles.toNativeYaml(designed());
        assertThat(text).contains("  steps:\n    - name: prepare\n      kind: data-prep\n");
        assertThat(text).contains("      script:\n        language: python\n        source: |\n          import pandas as pd\n");
        assertThat(text).contains("gpu:\n          count: 2\n          resource: nvidia.com/gpu");
        assertThat(text).contains("secret:\n            name: registry\n            key: token");
        assertThat(text).doesNotContain("templates:").doesNotContain("templateOrder").doesNotContain("null");
    }

    @Test
    void nativeRoundTripKeepsTheModel() {
        Pipeline original = designed();
        String text = PipelineFiles.toNativeYaml(original);
        LoadResult back = PipelineFiles.parse(text, "designed.yaml");
        assertThat(back.allDiagnostics()).isEmpty();
        Pipeline p = back.documents().get(0).pipeline();
        assertThat(PipelineFiles.toNativeYaml(p)).isEqualTo(text);
        assertThat(p.template("prepare").orElseThrow().kind).isEqualTo(StepKind.DATA_PREP);
        assertThat(p.template("train").orElseThrow().effectiveKind()).isEqualTo(StepKind.TRAIN);
        assertThat(p.layout.get("train")).isEqualTo(new Position(320.5, 120));
        assertThat(PipelineFiles.toArgoYaml(p)).isEqualTo(PipelineFiles.toArgoYaml(original));
    }

    @Test
    void argoExportIsSchemaValidAndCarriesTheKindOnlyWhenNeeded() {
        JsonNode argo = new ArgoExporter().export(designed());
        ArgoSchema.assertValidStrict(argo, "designed pipeline");
        JsonNode templates = argo.at("/spec/templates");
        assertThat(templates.get(1).at("/metadata/annotations/orrery.dev~1kind").asText()).isEqualTo("data-prep");
        assertThat(templates.get(2).has("metadata")).as("train is implied by the GPU").isFalse();
        JsonNode gpu = templates.get(2).at("/container/resources/limits/nvidia.com~1gpu");
        assertThat(gpu.isTextual()).as("a quantity is a string in Argo's schema").isTrue();
        assertThat(gpu.asText()).isEqualTo("2");
        assertThat(ArgoSchema.validatePublished(argo)).as("the schema as published, unpatched").isEmpty();
        assertThat(argo.at("/spec/templates/0/dag/tasks/1/dependencies/0").asText()).isEqualTo("prepare");
    }

    @Test
    void unknownFieldsAreErrorsWithTheirLine() {
        String text = PipelineFiles.toNativeYaml(designed()).replace("      kind: data-prep\n",
                "      kind: data-prep\n      imagePullPolicy: Always\n");
        LoadResult r = PipelineFiles.parse(text, "p.yaml");
        Diagnostic d = r.allDiagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(d.message()).contains("unknown field 'imagePullPolicy'").contains("argo");
        assertThat(d.location().line()).isEqualTo(text.substring(0, text.indexOf("imagePullPolicy")).split("\n").length);
    }

    @Test
    void newerFormatVersionIsRefusedClearly() {
        LoadResult r = PipelineFiles.parse("apiVersion: orrery.dev/v2\nkind: Pipeline\nspec: {}\n", "future.yaml");
        assertThat(r.allDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("unsupported format version orrery.dev/v2");
        });
    }

    @Test
    void templateOrderIsWrittenOnlyWhenItDiffers() {
        Pipeline p = designed();
        Template shared = new Template("shared");
        shared.container = new Container();
        shared.container.image = "alpine";
        p.templates.add(0, shared);
        p.template("main").orElseThrow().graph.steps.add(new Step("a", "shared"));
        p.template("main").orElseThrow().graph.steps.add(new Step("b", "shared"));
        String text = PipelineFiles.toNativeYaml(p);
        assertThat(text).contains("templateOrder:\n    - shared\n    - main\n");
        Pipeline back = PipelineFiles.parse(text, "p.yaml").documents().get(0).pipeline();
        assertThat(back.templates).extracting(t -> t.name).containsExactly("shared", "main", "prepare", "train");
    }

    @Test
    void layoutEntriesAreWrittenSortedByStepName() {
        Pipeline p = designed();
        p.layout.clear();
        p.layout.put("train", new Position(320, 120));
        p.layout.put("deploy", new Position(560, 120));
        p.layout.put("prepare", new Position(80, 120));
        String text = PipelineFiles.toNativeYaml(p);
        assertThat(text).contains("  layout:\n    deploy:\n");
        assertThat(text.indexOf("    deploy:")).isLessThan(text.indexOf("    prepare:"));
        assertThat(text.indexOf("    prepare:")).isLessThan(text.indexOf("    train:"));
        Pipeline reordered = designed();
        reordered.layout.clear();
        reordered.layout.put("prepare", new Position(80, 120));
        reordered.layout.put("deploy", new Position(560, 120));
        reordered.layout.put("train", new Position(320, 120));
        assertThat(PipelineFiles.toNativeYaml(reordered)).as("the same layout gives the same bytes").isEqualTo(text);
    }
}
