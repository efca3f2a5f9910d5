package dev.orrery.runtime.local;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.Template;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code assets/samples/local-sweep.orrery.yaml} sample, built in code so that its native YAML is
 * exactly what the writer produces: generate a dataset, then a parameter sweep trains a logistic
 * regression for every learning rate × epochs (3 × 2 = 6 runs, at most 3 at once), each reporting its
 * held-out accuracy (an output parameter) and its loss per epoch (a series in its metrics artifact).
 */
final class LocalSweepSample {
    static final String FILE = "local-sweep.orrery.yaml";

    private LocalSweepSample() {
    }

    static Pipeline pipeline() {
        Pipeline p = new Pipeline();
        p.name = "local-sweep";
        p.description = "A grid of learning rates and epochs, each run reporting accuracy and loss per epoch."
                + " Runs on this computer with python3 alone: ./orrery run assets/samples/local-sweep.orrery.yaml";
        p.parameters.add(LocalMlSample.param("rows", "400", "How many labelled points to generate"));
        p.parameters.add(LocalMlSample.param("seed", "7", "Random seed of the generated data"));
        p.entrypoint = "main";

        Template generate = LocalMlSample.generateTemplate();

        Template train = LocalMlSample.python("train", StepKind.TRAIN, TRAIN);
        train.inputParameters.add(new Parameter("learning-rate", null));
        train.inputParameters.add(new Parameter("epochs", null));
        train.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
        Parameter accuracy = new Parameter("accuracy", null);
        accuracy.path = "/tmp/out/accuracy.txt";
        train.outputParameters.add(accuracy);
        train.outputArtifacts.add(new Artifact("metrics", "/tmp/out/metrics.json"));
        train.timeout = "10m";

        Sweep grid = new Sweep();
        grid.axes.add(Sweep.Axis.list("learning-rate", Json.array().add(0.05).add(0.5).add(2.0)));
        grid.axes.add(Sweep.Axis.range("epochs", new BigDecimal("40"), new BigDecimal("80"), new BigDecimal("40")));

        Template main = new Template("main");
        main.graph = new Graph();
        main.extra.put("parallelism", 3);
        Step g = new Step("generate", "generate");
        g.parameterArguments.add(Parameter.of("rows", "{{workflow.parameters.rows}}"));
        g.parameterArguments.add(Parameter.of("seed", "{{workflow.parameters.seed}}"));
        Step t = new Step("train-grid", "train");
        t.dependsOn.add("generate");
        t.loop = Loop.sweep(grid);
        t.parameterArguments.add(Parameter.of("learning-rate", "{{item.learning-rate}}"));
        t.parameterArguments.add(Parameter.of("epochs", "{{item.epochs}}"));
        Artifact dataset = new Artifact("dataset", null);
        dataset.from = "{{tasks.generate.outputs.artifacts.dataset}}";
        t.artifactArguments.add(dataset);
        main.graph.steps.addAll(List.of(g, t));

        p.templates.addAll(List.of(main, generate, train));
        return p;
    }

    private static final String TRAIN = """
            import csv, json, math, os
            lr = float("{{inputs.parameters.learning-rate}}")
            epochs = int("{{inputs.parameters.epochs}}")
            with open("/data/dataset.csv") as f:
                data = [(float(r["x1"]), float(r["x2"]), int(r["label"])) for r in csv.DictReader(f)]
            split = int(len(data) * 0.75)
            train, test = data[:split], data[split:]
            w = [0.0, 0.0, 0.0]  # bias, x1, x2

            def sigmoid(z):
                return 1 / (1 + math.exp(-max(min(z, 30), -30)))

            losses = []
            for epoch in range(epochs):
                grad, loss = [0.0, 0.0, 0.0], 0.0
                for x1, x2, y in train:
                    p = sigmoid(w[0] + w[1] * x1 + w[2] * x2)
                    loss -= y * math.log(p + 1e-12) + (1 - y) * math.log(1 - p + 1e-12)
                    for i, xi in enumerate((1.0, x1, x2)):
                        grad[i] += (p - y) * xi
                w = [wi - lr * gi / len(train) for wi, gi in zip(w, grad)]
                losses.append(round(loss / len(train), 5))
            correct = sum((w[0] + w[1] * x1 + w[2] * x2 > 0) == (y == 1) for x1, x2, y in test)
            accuracy = round(correct / max(len(test), 1), 4)
            os.makedirs("/tmp/out", exist_ok=True)
            open("/tmp/out/accuracy.txt", "w").write(str(accuracy))
            json.dump({"loss": losses}, open("/tmp/out/metrics.json", "w"))  # one loss per epoch
            print(f"lr {lr}, {epochs} epochs: accuracy {accuracy}, final loss {losses[-1]}")
            """;
}
