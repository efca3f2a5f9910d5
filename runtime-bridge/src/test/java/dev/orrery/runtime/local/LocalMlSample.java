package dev.orrery.runtime.local;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import java.util.List;

/**
 * The {@code assets/samples/local-ml.orrery.yaml} sample, built in code so that its native YAML is
 * exactly what the writer produces: generate a dataset, train a logistic regression in pure Python,
 * evaluate it, and deploy the model file when it is accurate enough. Its metrics follow docs/metrics.md:
 * train writes its loss per epoch (a series in its {@code metrics} artifact) and the final loss (a numeric
 * output parameter); evaluate writes its accuracy (an output parameter, which the deploy condition reads)
 * and precision and recall (its {@code metrics} artifact).
 */
final class LocalMlSample {
    static final String FILE = "local-ml.orrery.yaml";

    private LocalMlSample() {
    }

    static Pipeline pipeline() {
        Pipeline p = new Pipeline();
        p.name = "local-ml";
        p.description = "Generate a dataset, train a logistic regression, evaluate it and deploy the model."
                + " Runs on this computer with python3 alone: ./orrery run assets/samples/local-ml.orrery.yaml";
        p.parameters.add(param("rows", "400", "How many labelled points to generate"));
        p.parameters.add(param("learning-rate", "0.5", "Gradient descent step size"));
        p.parameters.add(param("epochs", "300", "Passes over the training data"));
        p.parameters.add(param("seed", "7", "Random seed of the generated data"));
        p.parameters.add(param("min-accuracy", "0.8", "Deploy only when the held-out accuracy reaches this"));
        p.entrypoint = "main";

        Template generate = generateTemplate();

        Template train = python("train", StepKind.TRAIN, TRAIN);
        train.inputParameters.add(new Parameter("learning-rate", null));
        train.inputParameters.add(new Parameter("epochs", null));
        train.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
        train.outputArtifacts.add(new Artifact("model", "/tmp/model/model.json"));
        train.outputArtifacts.add(new Artifact("metrics", "/tmp/model/metrics.json"));
        train.outputParameters.add(output("train-loss", "/tmp/model/loss.txt"));
        train.timeout = "10m";

        Template evaluate = python("evaluate", StepKind.EVALUATE, EVALUATE);
        evaluate.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
        evaluate.inputArtifacts.add(new Artifact("model", "/models/model.json"));
        evaluate.outputArtifacts.add(new Artifact("metrics", "/tmp/eval/metrics.json"));
        evaluate.outputParameters.add(output("accuracy", "/tmp/eval/accuracy.txt"));

        Template deploy = python("deploy", StepKind.DEPLOY, DEPLOY);
        deploy.inputParameters.add(new Parameter("accuracy", null));
        deploy.inputArtifacts.add(new Artifact("model", "/models/model.json"));
        deploy.outputArtifacts.add(new Artifact("deployed-model", "/srv/models/churn/model.json"));

        Template main = new Template("main");
        main.graph = new Graph();
        Step g = step("generate", "generate");
        g.parameterArguments.add(Parameter.of("rows", "{{workflow.parameters.rows}}"));
        g.parameterArguments.add(Parameter.of("seed", "{{workflow.parameters.seed}}"));
        Step t = step("train", "train", "generate");
        t.parameterArguments.add(Parameter.of("learning-rate", "{{workflow.parameters.learning-rate}}"));
        t.parameterArguments.add(Parameter.of("epochs", "{{workflow.parameters.epochs}}"));
        t.artifactArguments.add(from("dataset", "{{tasks.generate.outputs.artifacts.dataset}}"));
        Step e = step("evaluate", "evaluate", "train");
        e.artifactArguments.add(from("dataset", "{{tasks.generate.outputs.artifacts.dataset}}"));
        e.artifactArguments.add(from("model", "{{tasks.train.outputs.artifacts.model}}"));
        Step d = step("deploy", "deploy", "evaluate");
        d.when = "{{tasks.evaluate.outputs.parameters.accuracy}} >= {{workflow.parameters.min-accuracy}}";
        d.parameterArguments.add(Parameter.of("accuracy", "{{tasks.evaluate.outputs.parameters.accuracy}}"));
        d.artifactArguments.add(from("model", "{{tasks.train.outputs.artifacts.model}}"));
        main.graph.steps.addAll(List.of(g, t, e, d));

        p.templates.addAll(List.of(main, generate, train, evaluate, deploy));
        return p;
    }

    /** The template that generates the labelled points (rows and seed in, a dataset out); the sweep sample's too. */
    static Template generateTemplate() {
        Template generate = python("generate", StepKind.DATA_PREP, GENERATE);
        generate.inputParameters.add(new Parameter("rows", null));
        generate.inputParameters.add(new Parameter("seed", null));
        generate.outputArtifacts.add(new Artifact("dataset", "/tmp/data/dataset.csv"));
        return generate;
    }

    static Parameter param(String name, String value, String description) {
        Parameter p = Parameter.of(name, value);
        p.description = description;
        return p;
    }

    private static Parameter output(String name, String path) {
        Parameter p = new Parameter(name, null);
        p.path = path;
        return p;
    }

    private static Artifact from(String name, String from) {
        Artifact a = new Artifact(name, null);
        a.from = from;
        return a;
    }

    private static Step step(String name, String template, String... after) {
        Step s = new Step(name, template);
        s.dependsOn.addAll(List.of(after));
        return s;
    }

    static Template python(String name, StepKind kind, String source) {
        Template t = new Template(name);
        t.kind = kind;
        t.container = new Container();
        t.container.image = "python:3.12-slim";
        t.container.language = "python";
        t.container.source = source;
        return t;
    }

    static final String GENERATE = """
            import csv, os, random
            rows = int("{{inputs.parameters.rows}}")
            rng = random.Random(int("{{inputs.parameters.seed}}"))
            os.makedirs("/tmp/data", exist_ok=True)
            with open("/tmp/data/dataset.csv", "w", newline="") as f:
                w = csv.writer(f)
                w.writerow(["x1", "x2", "label"])
                for _ in range(rows):
                    x1, x2 = rng.uniform(-3, 3), rng.uniform(-3, 3)
                    # the true boundary is 1.5*x1 - x2 + 0.5 = 0, with some label noise
                    label = 1 if 1.5 * x1 - x2 + 0.5 + rng.gauss(0, 0.7) > 0 else 0
                    w.writerow([f"{x1:.4f}", f"{x2:.4f}", label])
            print(f"wrote {rows} rows to /tmp/data/dataset.csv")
            """;

    private static final String TRAIN = """
            import csv, json, math, os
            lr = float("{{inputs.parameters.learning-rate}}")
            epochs = int("{{inputs.parameters.epochs}}")
            with open("/data/dataset.csv") as f:
                data = [(float(r["x1"]), float(r["x2"]), int(r["label"])) for r in csv.DictReader(f)]
            train = data[: int(len(data) * 0.75)]
            w = [0.0, 0.0, 0.0]  # bias, x1, x2

            def sigmoid(z):
                return 1 / (1 + math.exp(-max(min(z, 30), -30)))

            losses = []
            for epoch in range(1, epochs + 1):
                grad = [0.0, 0.0, 0.0]
                loss = 0.0
                for x1, x2, y in train:
                    p = sigmoid(w[0] + w[1] * x1 + w[2] * x2)
                    loss -= y * math.log(p + 1e-12) + (1 - y) * math.log(1 - p + 1e-12)
                    for i, xi in enumerate((1.0, x1, x2)):
                        grad[i] += (p - y) * xi
                w = [wi - lr * gi / len(train) for wi, gi in zip(w, grad)]
                losses.append(round(loss / len(train), 5))
                if epoch % 50 == 0 or epoch == epochs:
                    print(f"epoch {epoch}: loss {loss / len(train):.4f}")
            os.makedirs("/tmp/model", exist_ok=True)
            with open("/tmp/model/model.json", "w") as f:
                json.dump({"kind": "logistic-regression", "features": ["x1", "x2"], "weights": w}, f, indent=2)
            with open("/tmp/model/loss.txt", "w") as f:
                f.write(f"{loss / len(train):.4f}")
            with open("/tmp/model/metrics.json", "w") as f:
                json.dump({"loss": losses}, f)  # a series: one value per epoch
            """;

    private static final String EVALUATE = """
            import csv, json, math, os
            model = json.load(open("/models/model.json"))
            b, w1, w2 = model["weights"]
            with open("/data/dataset.csv") as f:
                data = [(float(r["x1"]), float(r["x2"]), int(r["label"])) for r in csv.DictReader(f)]
            test = data[int(len(data) * 0.75):]
            tp = fp = tn = fn = 0
            for x1, x2, y in test:
                guess = 1 if b + w1 * x1 + w2 * x2 > 0 else 0
                tp += guess == 1 and y == 1
                fp += guess == 1 and y == 0
                tn += guess == 0 and y == 0
                fn += guess == 0 and y == 1
            accuracy = (tp + tn) / max(len(test), 1)
            precision = tp / max(tp + fp, 1)
            recall = tp / max(tp + fn, 1)
            # accuracy is an output parameter (deploy's condition reads it), so metrics.json does not repeat it
            metrics = {"precision": round(precision, 4), "recall": round(recall, 4), "test_rows": len(test)}
            os.makedirs("/tmp/eval", exist_ok=True)
            json.dump(metrics, open("/tmp/eval/metrics.json", "w"), indent=2)
            open("/tmp/eval/accuracy.txt", "w").write(f"{accuracy:.4f}")
            print(json.dumps(dict(metrics, accuracy=round(accuracy, 4))))
            """;

    private static final String DEPLOY = """
            import os, shutil
            os.makedirs("/srv/models/churn", exist_ok=True)
            shutil.copy("/models/model.json", "/srv/models/churn/model.json")
            print("deployed model with accuracy {{inputs.parameters.accuracy}} to /srv/models/churn/model.json")
            """;
}
