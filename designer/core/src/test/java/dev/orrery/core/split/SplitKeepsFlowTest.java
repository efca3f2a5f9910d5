package dev.orrery.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After a split (and an export and import), every original task still runs after every task it ran after,
 * transitively; inside a part nothing else changes; and every data binding, condition and output of the
 * DAG template still resolves, through the parts' outputs and inputs, to the same original task output.
 */
class SplitKeepsFlowTest {
    private static final Pattern INPUT = Pattern.compile("(?<![\\w.\\-])inputs\\.(parameters|artifacts)\\.([\\w-]+)");

    @ParameterizedTest
    @CsvSource({"450, 31", "1000, 32", "1000, 33"})
    void everyDependencyHoldsTransitivelyAfterTheSplit(int n, long seed) {
        Pipeline original = LargeDags.pipeline(n, seed);
        Pipeline split = LargeDags.roundTrip(DagSplit.splitAll(original).pipeline());
        List<Step> tasks = original.template("main").orElseThrow().graph.steps;
        Map<String, Integer> index = new HashMap<>();
        tasks.forEach(s -> index.put(s.name, index.size()));
        BitSet[] before = ancestors(tasks, index, name -> true);

        Template main = split.template("main").orElseThrow();
        Map<String, Integer> partOf = new HashMap<>();
        Map<String, Integer> partIndex = new HashMap<>();
        List<Step> parts = main.graph.steps;
        for (Step part : parts) {
            partIndex.put(part.name, partIndex.size());
            for (Step s : split.template(part.template).orElseThrow().graph.steps) {
                partOf.put(s.name, partIndex.get(part.name));
            }
        }
        assertThat(partOf).hasSize(n);
        BitSet[] partBefore = ancestors(parts, partIndex, name -> true);
        List<Step> moved = new ArrayList<>();
        for (Step part : parts) {
            moved.addAll(split.template(part.template).orElseThrow().graph.steps);
        }
        moved.sort(java.util.Comparator.comparing(s -> index.get(s.name)));
        BitSet[] within = ancestors(moved, index, name -> true);

        for (Step y : tasks) {
            int yi = index.get(y.name);
            BitSet after = (BitSet) within[yi].clone();
            partBefore[partOf.get(y.name)].stream().forEach(k -> partOf.forEach((name, p) -> {
                if (p == k) {
                    after.set(index.get(name));
                }
            }));
            BitSet lost = (BitSet) before[yi].clone();
            lost.andNot(after);
            assertThat(lost.isEmpty()).as("%s still runs after all of %s", y.name, names(tasks, before[yi])).isTrue();
            assertThat(after.get(yi)).as("%s does not wait for itself", y.name).isFalse();
            for (Step x : tasks) {
                if (partOf.get(x.name).equals(partOf.get(y.name))) {
                    int xi = index.get(x.name);
                    assertThat(after.get(xi)).as("%s before %s inside one part", x.name, y.name).isEqualTo(before[yi].get(xi));
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"450, 41", "1000, 42"})
    void everyBindingStillResolvesToTheSameTaskOutput(int n, long seed) {
        Pipeline original = LargeDags.pipeline(n, seed);
        Pipeline split = LargeDags.roundTrip(DagSplit.splitAll(original).pipeline());
        Map<String, String> templateOf = new HashMap<>();
        for (Step part : split.template("main").orElseThrow().graph.steps) {
            split.template(part.template).orElseThrow().graph.steps.forEach(s -> templateOf.put(s.name, part.template));
        }
        int crossing = 0;
        for (Step s : original.template("main").orElseThrow().graph.steps) {
            Step t = split.template(templateOf.get(s.name)).orElseThrow().graph.step(s.name).orElseThrow();
            assertThat(texts(t).keySet()).isEqualTo(texts(s).keySet());
            for (Map.Entry<String, String> e : texts(s).entrySet()) {
                List<String> was = resolve(original, "main", e.getValue());
                List<String> now = resolve(split, templateOf.get(s.name), texts(t).get(e.getKey()));
                assertThat(now).as("%s %s", s.name, e.getKey()).isEqualTo(was);
                if (!e.getValue().equals(texts(t).get(e.getKey()))) {
                    crossing++;
                }
            }
        }
        assertThat(crossing).as("bindings that cross a part boundary").isGreaterThan(20);
        Parameter finalWas = original.template("main").orElseThrow().outputParameters.get(0);
        Parameter finalNow = split.template("main").orElseThrow().outputParameters.get(0);
        assertThat(resolve(split, "main", finalNow.extra.toString()))
                .isEqualTo(resolve(original, "main", finalWas.extra.toString()))
                .singleElement().asString().endsWith(":parameters.out");
    }

    /** The texts of a step that can hold references: each argument and the condition. */
    private static Map<String, String> texts(Step s) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Parameter p : s.parameterArguments) {
            out.put("parameter " + p.name, p.valueText());
        }
        for (Artifact a : s.artifactArguments) {
            out.put("artifact " + a.name, a.from);
        }
        if (s.when != null) {
            out.put("when", s.when);
        }
        return out;
    }

    /**
     * What the references in a text of template {@code template} come from, followed through parts: a task's
     * output ({@code t0004:parameters.out}) or an input of the DAG template {@code main} ({@code input:lr}).
     */
    private static List<String> resolve(Pipeline p, String template, String text) {
        List<String> out = new ArrayList<>();
        for (Binding b : Bindings.inText("?", text)) {
            Template holder = p.template(template).orElseThrow();
            Step producer = holder.graph.step(b.producer()).orElseThrow();
            if (producer.template.equals("work")) {
                out.add(b.producer() + ":" + Mentions.path(b));
            } else { // a part: follow its re-exported output
                Template part = p.template(producer.template).orElseThrow();
                String path = Mentions.path(b);
                String name = path.substring(path.indexOf('.') + 1);
                String inner = path.startsWith("artifacts.")
                        ? part.outputArtifacts.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow().from
                        : part.outputParameters.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow()
                                .extra.toString();
                out.addAll(resolve(p, part.name, inner));
            }
        }
        Matcher m = INPUT.matcher(text);
        while (m.find()) {
            if (template.equals("main")) {
                out.add("input:" + m.group(2));
                continue;
            }
            Step caller = p.template("main").orElseThrow().graph.steps.stream()
                    .filter(s -> s.template.equals(template)).findFirst().orElseThrow();
            String passed = m.group(1).equals("artifacts")
                    ? caller.artifactArguments.stream().filter(a -> a.name.equals(m.group(2))).findFirst().orElseThrow().from
                    : caller.parameterArguments.stream().filter(a -> a.name.equals(m.group(2))).findFirst().orElseThrow()
                            .valueText();
            out.addAll(resolve(p, "main", passed));
        }
        out.sort(null);
        return out;
    }

    private static BitSet[] ancestors(List<Step> steps, Map<String, Integer> index,
            java.util.function.Predicate<String> keep) {
        BitSet[] anc = new BitSet[index.size()];
        // steps come in an order where every dependency is listed first (generated, or sorted by original index)
        for (Step s : steps) {
            BitSet a = new BitSet();
            for (String d : s.dependsOn) {
                if (keep.test(d)) {
                    a.set(index.get(d));
                    a.or(anc[index.get(d)]);
                }
            }
            anc[index.get(s.name)] = a;
        }
        return anc;
    }

    private static List<String> names(List<Step> steps, BitSet set) {
        return set.stream().mapToObj(i -> steps.get(i).name).toList();
    }
}
