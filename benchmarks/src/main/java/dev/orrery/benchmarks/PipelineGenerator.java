package dev.orrery.benchmarks;

import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Builds large, realistic pipelines for benchmarks: layers of data-prep, training and evaluation
 * steps, each with its own template (image, script or command, env, resources, inputs/outputs),
 * wired to a few steps of the previous layer. Seeded, so every run measures the same pipeline.
 */
public final class PipelineGenerator {
    private PipelineGenerator() {
    }

    /**
     * Writes a generated pipeline as Argo YAML without layout (the designer lays it out on open), for
     * the docs' large-graph screenshot. Arguments: steps, seed, output file.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PipelineGenerator STEPS SEED OUT.yaml");
            System.exit(2);
        }
        Pipeline p = generate(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        p.layout.clear();
        Files.writeString(Path.of(args[2]), PipelineFiles.toArgoYaml(p, ArgoKind.WORKFLOW));
    }

    public static Pipeline generate(int steps, long seed) {
        Random random = new Random(seed);
        Pipeline p = new Pipeline();
        p.name = "generated-" + steps;
        p.description = "A generated pipeline of " + steps + " steps";
        p.entrypoint = "main";
        p.parameters.add(Parameter.of("learning-rate", "0.01"));
        p.parameters.add(Parameter.of("epochs", "10"));
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        int width = Math.max(1, (int) Math.sqrt(steps));
        for (int i = 0; i < steps; i++) {
            String name = "step-" + i;
            Step s = new Step(name, name);
            int layer = i / width;
            if (layer > 0) {
                int deps = 1 + random.nextInt(3);
                for (int d = 0; d < deps; d++) {
                    String dep = "step-" + ((layer - 1) * width + random.nextInt(width));
                    if (!s.dependsOn.contains(dep)) {
                        s.dependsOn.add(dep);
                    }
                }
                s.artifactArguments.add(artifactArgument(s.dependsOn.get(0)));
            }
            main.graph.steps.add(s);
            p.templates.add(template(name, i, layer > 0, random));
            p.layout.put(name, new Position((i % width) * 220.0, layer * 120.0));
        }
        return p;
    }

    private static Artifact artifactArgument(String from) {
        Artifact a = new Artifact();
        a.name = "input";
        a.from = "{{tasks." + from + ".outputs.artifacts.output}}";
        return a;
    }

    /** @param fed whether the step takes an input (steps of the first layer have nothing upstream to take it from) */
    private static Template template(String name, int i, boolean fed, Random random) {
        Template t = new Template(name);
        Container c = new Container();
        c.image = switch (i % 3) {
            case 0 -> "python:3.12-slim";
            case 1 -> "pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime";
            default -> "ghcr.io/example/evaluate:1." + (i % 17);
        };
        if (i % 3 == 0) {
            c.language = "python";
            c.source = "import json, random\nrows = " + random.nextInt(100_000) + "\n"
                    + "data = [random.random() for _ in range(rows)]\n"
                    + "json.dump({'rows': rows}, open('/tmp/out.json', 'w'))\n";
        } else {
            c.command = java.util.List.of("python", "train.py", "--lr", "{{workflow.parameters.learning-rate}}",
                    "--epochs", "{{workflow.parameters.epochs}}");
        }
        c.env.add(EnvVar.literal("SEED", Integer.toString(random.nextInt(1000))));
        c.env.add(EnvVar.secret("API_TOKEN", "model-registry", "token"));
        c.resources.cpu = Json.text(Integer.toString(1 + random.nextInt(8)));
        c.resources.memory = Json.text((1 + random.nextInt(32)) + "Gi");
        if (i % 3 == 1) {
            c.resources.gpu = Json.F.numberNode(1 + random.nextInt(4));
            c.resources.gpuResource = Resources.NVIDIA_GPU;
        }
        t.container = c;
        t.inputArtifacts.add(new Artifact("input", "/tmp/in"));
        t.outputArtifacts.add(new Artifact("output", "/tmp/out.json"));
        if (random.nextInt(5) == 0) {
            t.retryStrategy = new RetryStrategy();
            t.retryStrategy.limit = Json.F.numberNode(3);
        }
        if (!fed) {
            t.inputArtifacts.clear(); // an input nothing supplies is an error since issue 13's binding rules
        }
        return t;
    }
}
