package dev.orrery.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The other side of {@link ArgoExamplesValidationTest}: silence on Argo's examples must not come
 * from rules that never fire on real documents. Each example is broken on purpose and must then be
 * reported.
 */
class BrokenExamplesTest {

    private static List<Pipeline> examples() {
        List<Pipeline> result = new ArrayList<>();
        for (var file : SharedData.exampleFiles()) {
            for (JsonNode doc : YamlDocuments.read(file)) {
                if (ArgoImporter.isArgoPipeline(doc)) {
                    result.add(new ArgoImporter().read(doc).pipeline());
                }
            }
        }
        return result;
    }

    private static boolean hasError(Pipeline p, String fragment) {
        return new Validator().validate(p).stream()
                .anyMatch(d -> d.isError() && d.message().contains(fragment));
    }

    @Test
    void aWrongEntrypointIsReportedInEveryExampleThatHasOne() {
        int broken = 0;
        for (Pipeline p : examples()) {
            if (p.entryTemplate().isPresent()) {
                p.entrypoint = p.entrypoint + "-typo";
                assertThat(hasError(p, "entrypoint names template")).as(p.displayName()).isTrue();
                broken++;
            }
        }
        System.out.println("BrokenExamplesTest: wrong entrypoint in " + broken + " examples");
        assertThat(broken).isGreaterThan(100);
    }

    @Test
    void aCycleIsReportedInEveryExampleDag() {
        int broken = 0;
        for (Pipeline p : examples()) {
            for (Template t : p.templates) {
                Graph g = t.graph;
                if (g == null || g.style != GraphStyle.DAG || g.steps.size() < 2) {
                    continue;
                }
                Step first = g.steps.get(0);
                Step last = g.steps.get(g.steps.size() - 1);
                first.dependsExpression = null;
                first.dependsOn.add(last.name);
                last.dependsExpression = null;
                last.dependsOn.add(first.name);
                List<Diagnostic> all = new Validator().validate(p);
                assertThat(all).as(p.displayName() + " / " + t.name)
                        .anyMatch(d -> d.message().contains("dependency cycle in '" + t.name + "'"));
                broken++;
            }
        }
        System.out.println("BrokenExamplesTest: cycles in " + broken + " DAGs");
        assertThat(broken).isGreaterThan(20);
    }

    @Test
    void aRenamedStepBreaksEveryReferenceToIt() {
        int broken = 0;
        for (Pipeline p : examples()) {
            for (Template t : p.templates) {
                if (t.graph == null) {
                    continue;
                }
                String prefix = t.graph.style == GraphStyle.DAG ? "{{tasks." : "{{steps.";
                for (Step s : t.graph.steps) {
                    boolean referenced = TemplateStrings.of(t).stream()
                            .anyMatch(x -> x.value().contains(prefix + s.name + ".outputs."));
                    if (referenced && t.graph.steps.stream().filter(o -> s.name.equals(o.name)).count() == 1) {
                        String old = s.name;
                        s.name = old + "-renamed";
                        assertThat(hasError(p, "refers to step '" + old + "'")).as(p.displayName() + " / " + old)
                                .isTrue();
                        s.name = old;
                        broken++;
                    }
                }
            }
        }
        System.out.println("BrokenExamplesTest: renamed " + broken + " referenced steps");
        assertThat(broken).isGreaterThan(10);
    }

    @Test
    void aRemovedInputIsReportedWhereverItIsUsed() {
        int broken = 0;
        for (Pipeline p : examples()) {
            for (Template t : p.templates) {
                if (t.inputParameters.isEmpty() || t.extra.has("inputs")) {
                    continue;
                }
                String name = t.inputParameters.get(0).name;
                boolean used = TemplateStrings.of(t).stream().anyMatch(x -> x.inline() == null
                        && Placeholders.tags(x.value()).contains("inputs.parameters." + name));
                if (used) {
                    t.inputParameters.remove(0);
                    assertThat(hasError(p, "input parameter '" + name + "'")).as(p.displayName() + " / " + t.name)
                            .isTrue();
                    broken++;
                }
            }
        }
        System.out.println("BrokenExamplesTest: removed " + broken + " used inputs");
        assertThat(broken).isGreaterThan(30);
    }

    @Test
    void aRenamedOutputParameterBreaksEveryReferenceToIt() {
        int broken = 0;
        for (Pipeline p : examples()) {
            for (Template t : p.templates) {
                if (t.graph == null) {
                    continue;
                }
                String prefix = t.graph.style == GraphStyle.DAG ? "{{tasks." : "{{steps.";
                for (Step s : t.graph.steps) {
                    Template target = s.templateRef == null ? p.template(s.template).orElse(null) : null;
                    if (target == null || target.outputParameters.isEmpty() || s.extra.has("inline")) {
                        continue;
                    }
                    var param = target.outputParameters.get(0);
                    String ref = prefix + s.name + ".outputs.parameters." + param.name + "}}";
                    if (TemplateStrings.of(t).stream().anyMatch(x -> x.value().contains(ref))) {
                        String old = param.name;
                        param.name = old + "-renamed";
                        assertThat(hasError(p, "output parameter '" + old + "' of step '" + s.name + "'"))
                                .as(p.displayName() + " / " + s.name).isTrue();
                        param.name = old;
                        broken++;
                    }
                }
            }
        }
        System.out.println("BrokenExamplesTest: renamed " + broken + " referenced output parameters");
        assertThat(broken).isGreaterThan(5);
    }
}
