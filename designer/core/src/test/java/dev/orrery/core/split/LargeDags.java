package dev.orrery.core.split;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.tree.ReadResult;
import dev.orrery.core.yaml.YamlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Generated Argo Workflows with one large DAG, random but seeded: each task waits for up to three earlier
 * tasks (some far back), and takes data from some of them: a parameter output, {@code outputs.result}, an
 * artifact, a condition on a result, the DAG template's own input; the DAG template exports one task's output.
 */
final class LargeDags {
    private static final YAMLMapper YAML = new YAMLMapper();

    private LargeDags() {
    }

    static String task(int i) {
        return String.format(Locale.ROOT, "t%04d", i);
    }

    static String yaml(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: big-
                spec:
                  entrypoint: run
                  templates:
                  - name: run
                    steps:
                    - - name: main
                        template: main
                        arguments:
                          parameters:
                          - name: lr
                            value: "0.1"
                  - name: work
                    inputs:
                      parameters:
                      - name: in
                        default: none
                      - name: lr
                        default: "0.01"
                      artifacts:
                      - name: data
                        path: /tmp/in
                        optional: true
                    outputs:
                      parameters:
                      - name: out
                        valueFrom:
                          path: /tmp/out
                      artifacts:
                      - name: file
                        path: /tmp/file
                    container:
                      image: alpine:3.20
                      command: [sh, -c, "echo {{inputs.parameters.in}} > /tmp/out; cp /tmp/out /tmp/file"]
                  - name: main
                    inputs:
                      parameters:
                      - name: lr
                    outputs:
                      parameters:
                      - name: final
                        valueFrom:
                          parameter: "{{tasks.%s.outputs.parameters.out}}"
                    dag:
                      tasks:
                """.formatted(task(n / 3)));
        for (int i = 0; i < n; i++) {
            TreeSet<Integer> deps = new TreeSet<>();
            if (i > 0) {
                int count = r.nextInt(4);
                for (int d = 0; d < count; d++) {
                    int back = r.nextInt(10) == 0 ? 1 + r.nextInt(i) : 1 + r.nextInt(Math.min(i, 30));
                    deps.add(i - back);
                }
            }
            sb.append("      - name: ").append(task(i)).append("\n        template: work\n");
            if (!deps.isEmpty()) {
                List<String> names = new ArrayList<>();
                deps.forEach(d -> names.add(task(d)));
                sb.append("        dependencies: [").append(String.join(", ", names)).append("]\n");
            }
            List<String> parameters = new ArrayList<>();
            String artifact = null;
            String when = null;
            if (!deps.isEmpty()) {
                List<Integer> choice = new ArrayList<>(deps);
                String producer = task(choice.get(r.nextInt(choice.size())));
                String other = task(deps.last());
                switch (r.nextInt(5)) {
                    case 0 -> parameters.add("{name: in, value: \"{{tasks." + producer + ".outputs.parameters.out}}\"}");
                    case 1 -> parameters.add("{name: in, value: \"{{tasks." + other + ".outputs.result}}\"}");
                    case 2 -> artifact = "{name: data, from: \"{{tasks." + producer + ".outputs.artifacts.file}}\"}";
                    case 3 -> when = "\"{{tasks." + other + ".outputs.result}} != skip\"";
                    default -> { }
                }
            }
            if (r.nextInt(4) == 0) {
                parameters.add("{name: lr, value: \"{{inputs.parameters.lr}}\"}");
            }
            if (!parameters.isEmpty() || artifact != null) {
                sb.append("        arguments:\n");
                if (!parameters.isEmpty()) {
                    sb.append("          parameters:\n");
                    parameters.forEach(x -> sb.append("          - ").append(x).append('\n'));
                }
                if (artifact != null) {
                    sb.append("          artifacts:\n          - ").append(artifact).append('\n');
                }
            }
            if (when != null) {
                sb.append("        when: ").append(when).append('\n');
            }
        }
        return sb.toString();
    }

    static Pipeline pipeline(String yaml) {
        try {
            ReadResult r = new ArgoImporter().read(YAML.readTree(yaml));
            if (Diagnostic.anyError(r.diagnostics())) {
                throw new IllegalArgumentException("does not import cleanly: " + r.diagnostics());
            }
            return r.pipeline();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Pipeline pipeline(int n, long seed) {
        return pipeline(yaml(n, seed));
    }

    /** Export to Argo YAML text and import that text again. */
    static Pipeline roundTrip(Pipeline p) {
        return pipeline(exported(p));
    }

    static String exported(Pipeline p) {
        JsonNode tree = new ArgoExporter().export(p);
        return YamlWriter.defaults().write(tree);
    }
}
