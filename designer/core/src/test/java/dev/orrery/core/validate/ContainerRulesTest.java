package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerRulesTest {

    @Test
    void aContainerOrScriptWithoutImageIsAnError() {
        List<Diagnostic> errors = errors(workflow("a", """
                - name: a
                  container: {command: [echo]}
                - name: b
                  script: {command: [python], source: "print(1)"}
            """));
        assertThat(errors).extracting(Diagnostic::message).containsExactly(
                "template 'a' has no image: set the container image to run (e.g. python:3.12-slim)",
                "template 'b' has no image: set the container image to run (e.g. python:3.12-slim)");
        assertThat(errors).extracting(d -> d.location().line()).containsExactly(9, 11);
        assertThat(errors).extracting(d -> d.location().field()).containsOnly("image");
    }

    @Test
    void templateDefaultsCanProvideTheImage() {
        String yaml = workflow("a", """
                - name: a
                  container: {command: [echo]}
            """).replace("  templates:", "  templateDefaults: {container: {image: alpine}}\n  templates:");
        assertThat(errors(yaml)).isEmpty();
    }

    @Test
    void aScriptWithoutSourceIsAnError() {
        assertThat(errors(workflow("a", """
                - name: a
                  script: {image: python, command: [python]}
            """))).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("has no source: write the script");
                assertThat(d.location().field()).isEqualTo("source");
            });
    }

    @Test
    void aResourceTemplateNeedsAnActionAndAManifest() {
        List<Diagnostic> errors = errors(workflow("a", """
                - name: a
                  resource: {action: create}
                - name: b
                  resource: {manifest: "kind: ConfigMap"}
                - name: c
                  resource: {action: remove, manifest: "kind: ConfigMap"}
                - name: d
                  resource: {action: delete, flags: [configmap, x]}
            """));
        assertThat(errors).extracting(Diagnostic::message).containsExactly(
                "resource template 'a' has no manifest: write the Kubernetes object to create in its manifest (or use"
                        + " manifestFrom)",
                "resource template 'b' has no action: set it to one of create, apply, patch, replace, delete, get",
                "resource template 'c' has action 'remove': use one of create, apply, patch, replace, delete, get");
    }

    @Test
    void aGpuRequestWithoutLimitIsAnError() {
        List<Diagnostic> errors = errors(workflow("a", """
                - name: a
                  container:
                    image: pytorch/pytorch
                    resources:
                      requests: {nvidia.com/gpu: 1}
            """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("requests a GPU without a limit").contains("resources.limits");
            assertThat(d.location().line()).isEqualTo(12);
        });
        assertThat(errors(workflow("a", """
                - name: a
                  container:
                    image: pytorch/pytorch
                    resources:
                      requests: {nvidia.com/gpu: 1}
                      limits: {nvidia.com/gpu: 1}
            """))).isEmpty();
    }

    @Test
    void aFractionalGpuCountIsAnError() {
        String yaml = workflow("a", """
                - name: a
                  container:
                    image: pytorch/pytorch
                    resources:
                      limits: {nvidia.com/gpu: COUNT}
            """);
        assertThat(errors(yaml.replace("COUNT", "0.5"))).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("asks for 0.5 nvidia.com/gpu").contains("whole number");
            assertThat(d.location().line()).isEqualTo(12);
        });
        assertThat(errors(yaml.replace("COUNT", "'1.5'"))).hasSize(1);
        assertThat(errors(yaml.replace("COUNT", "two"))).hasSize(1);
        assertThat(errors(yaml.replace("COUNT", "2"))).isEmpty();
        assertThat(errors(yaml.replace("COUNT", "'2'"))).isEmpty();
        assertThat(errors(yaml.replace("COUNT", "'{{inputs.parameters.gpus}}'").replace("- name: a",
                "- name: a\n      inputs: {parameters: [{name: gpus}]}"))).isEmpty();
    }

    @Test
    void aGpuSetInTheModelIsCheckedToo() {
        Pipeline p = Fixtures.pipeline(workflow("a", """
                - name: a
                  container: {image: alpine}
            """));
        Resources r = p.templates.get(0).container.resources;
        r.gpu = Json.text("1.5");
        r.gpuResource = Resources.NVIDIA_GPU;
        assertThat(new Validator().validate(p)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("whole number"));
    }
}
