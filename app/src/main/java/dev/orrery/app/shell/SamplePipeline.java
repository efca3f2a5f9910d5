package dev.orrery.app.shell;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
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
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample ML pipeline (prepare-data → train on a GPU → evaluate → deploy) and the blank one.
 * Its steps pass the dataset, the model and the metrics through bound inputs, and its scripts use
 * Python's standard library alone, so it runs on this computer as it is while keeping its GPU
 * request for the cluster.
 * The sample ships as {@code assets/samples/ml-training.orrery.yaml}, written from {@link #build()}
 * by {@link #main(String[])}; the app reads it from the classpath.
 */
public final class SamplePipeline {
    public static final String RESOURCE = "/dev/orrery/app/samples/ml-training.orrery.yaml";

    private SamplePipeline() {
    }

    /** Writes the sample asset: {@code SamplePipeline assets/samples/ml-training.orrery.yaml}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/samples/ml-training.orrery.yaml");
        Files.writeString(out, PipelineFiles.toNativeYaml(build()), StandardCharsets.UTF_8);
    }

    /** The sample as shipped, read from the classpath. */
    public static Pipeline load() {
        try (InputStream in = SamplePipeline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return build();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LoadResult parsed = PipelineFiles.parse(text, "ml-training.orrery.yaml");
            return parsed.documents().isEmpty() ? build() : parsed.documents().get(0).pipeline();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pipeline with one empty DAG: what File ▸ New ▸ Blank gives. */
    public static Pipeline blank() {
        Pipeline p = new Pipeline();
        p.name = "new-pipeline";
        p.entrypoint = "main";
        Template main = new Template("main");
        main.graph = new Graph();
        p.templates.add(main);
        return p;
    }

    public static Pipeline build() {
        Pipeline p = new Pipeline();
        p.name = "ml-training";
        p.description = "Prepare data, train on a GPU, evaluate, and deploy the model";
        p.parameters.add(Parameter.of("learning-rate", "0.1"));
        p.parameters.add(Parameter.of("epochs", "20"));
        p.entrypoint = "main";
        p.serviceAccount = "ml-pipeline";
        p.ttlStrategy = Json.object().put("secondsAfterCompletion", 86400);

        Template prepare = new Template("prepare-data");
        prepare.kind = StepKind.DATA_PREP;
        prepare.container = python("python:3.12-slim", """
                import csv
                import random

                # Generate a churn-like dataset; put your source here (a query, a bucket, an API).
                rng = random.Random(7)
                with open("/tmp/data.csv", "w", newline="") as f:
                    out = csv.writer(f)
                    out.writerow(["tenure", "charges", "churned"])
                    for _ in range(400):
                        tenure, charges = rng.uniform(0, 6), rng.uniform(0, 6)
                        churned = int(charges - tenure + rng.gauss(0, 0.5) > 0)
                        out.writerow([f"{tenure:.3f}", f"{charges:.3f}", churned])
                print("wrote 400 rows to /tmp/data.csv")
                """);
        prepare.container.resources.cpu = Json.text("1");
        prepare.container.resources.memory = Json.text("2Gi");
        prepare.outputArtifacts.add(new Artifact("dataset", "/tmp/data.csv"));

        Template train = new Template("train");
        train.kind = StepKind.TRAIN;
        train.container = python("pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime", """
                import csv
                import json
                import math

                # A logistic regression in plain Python, so the sample also runs on this computer;
                # on the cluster the image brings torch and CUDA for the real model.
                lr = float("{{workflow.parameters.learning-rate}}")
                epochs = int("{{workflow.parameters.epochs}}")
                with open("/data/dataset.csv") as f:
                    rows = [(float(r["tenure"]), float(r["charges"]), int(r["churned"])) for r in csv.DictReader(f)]
                w = [0.0, 0.0, 0.0]  # bias, tenure, charges
                losses = []  # one per epoch: the metrics artifact's "loss" series
                for epoch in range(1, epochs + 1):
                    grad, loss = [0.0, 0.0, 0.0], 0.0
                    for x1, x2, y in rows:
                        p = 1 / (1 + math.exp(-(w[0] + w[1] * x1 + w[2] * x2)))
                        loss -= math.log(max(p if y else 1 - p, 1e-12))
                        for i, xi in enumerate((1.0, x1, x2)):
                            grad[i] += (p - y) * xi
                    w = [wi - lr * g / len(rows) for wi, g in zip(w, grad)]
                    losses.append(round(loss / len(rows), 5))
                    print(f"epoch {epoch}: loss {loss / len(rows):.4f}")
                with open("/tmp/model.json", "w") as f:
                    json.dump({"features": ["tenure", "charges"], "weights": w}, f)
                with open("/tmp/metrics.json", "w") as f:
                    json.dump({"loss": losses}, f)
                """);
        train.container.env.add(EnvVar.secret("WANDB_API_KEY", "wandb", "api-key"));
        Resources r = train.container.resources;
        r.cpu = Json.text("4");
        r.memory = Json.text("16Gi");
        r.gpu = IntNode.valueOf(1);
        r.gpuResource = Resources.NVIDIA_GPU;
        train.tolerations = Json.array();
        train.tolerations.addObject().put("key", Resources.NVIDIA_GPU).put("operator", "Exists")
                .put("effect", "NoSchedule");
        train.extra.putArray("volumes").addObject().put("name", "dshm").putObject("emptyDir").put("medium", "Memory");
        train.container.extra.putArray("volumeMounts").addObject().put("name", "dshm").put("mountPath", "/dev/shm");
        train.retryStrategy = new RetryStrategy();
        train.retryStrategy.limit = IntNode.valueOf(2);
        train.timeout = "4h";
        train.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
        train.outputArtifacts.add(new Artifact("model", "/tmp/model.json"));
        train.outputArtifacts.add(new Artifact("metrics", "/tmp/metrics.json"));

        Template evaluate = new Template("evaluate");
        evaluate.kind = StepKind.EVALUATE;
        evaluate.container = python("python:3.12-slim", """
                import csv
                import json

                # Scores the model on the dataset (hold out a test split for a real model).
                with open("/data/model.json") as f:
                    b, w1, w2 = json.load(f)["weights"]
                with open("/data/dataset.csv") as f:
                    rows = [(float(r["tenure"]), float(r["charges"]), int(r["churned"])) for r in csv.DictReader(f)]
                correct = sum((b + w1 * x1 + w2 * x2 > 0) == bool(y) for x1, x2, y in rows)
                accuracy = round(correct / len(rows), 3)
                # accuracy is an output parameter (deploy's condition reads it); metrics.json holds the rest
                with open("/tmp/metrics.json", "w") as f:
                    json.dump({"correct": correct, "rows": len(rows)}, f)
                with open("/tmp/accuracy", "w") as f:
                    f.write(str(accuracy))
                print(json.dumps({"accuracy": accuracy, "correct": correct, "rows": len(rows)}))
                """);
        evaluate.inputArtifacts.add(new Artifact("model", "/data/model.json"));
        evaluate.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
        evaluate.outputArtifacts.add(new Artifact("metrics", "/tmp/metrics.json"));
        evaluate.outputParameters.add(outputParameter("accuracy", "/tmp/accuracy"));

        Template deploy = new Template("deploy");
        deploy.kind = StepKind.DEPLOY;
        deploy.container = python("python:3.12-slim", """
                import hashlib
                import json

                # Hand the model to your serving platform here (kubectl apply, KServe, a registry).
                # The sample checks the model and records where it would serve it.
                with open("/data/model.json", "rb") as f:
                    data = f.read()
                json.loads(data)["weights"]  # a model without weights stops the deploy
                digest = hashlib.sha256(data).hexdigest()[:12]
                endpoint = f"http://churn-model.models.svc:8080/v1/models/churn-{digest}:predict"
                with open("/tmp/endpoint", "w") as f:
                    f.write(endpoint)
                print(f"model {digest} would be served at {endpoint}")
                """);
        deploy.inputArtifacts.add(new Artifact("model", "/data/model.json"));
        deploy.outputParameters.add(outputParameter("endpoint", "/tmp/endpoint"));

        Template main = new Template("main");
        main.graph = new Graph();
        Step s1 = new Step("prepare-data", "prepare-data");
        Step s2 = new Step("train", "train");
        s2.dependsOn.add("prepare-data");
        s2.artifactArguments.add(from("dataset", "prepare-data"));
        Step s3 = new Step("evaluate", "evaluate");
        s3.dependsOn.add("train");
        s3.artifactArguments.add(from("model", "train"));
        s3.artifactArguments.add(from("dataset", "prepare-data"));
        Step s4 = new Step("deploy", "deploy");
        s4.dependsOn.add("evaluate");
        s4.when = "{{tasks.evaluate.outputs.parameters.accuracy}} > 0.9";
        s4.artifactArguments.add(from("model", "train"));
        main.graph.steps.addAll(List.of(s1, s2, s3, s4));

        p.templates.addAll(List.of(main, prepare, train, evaluate, deploy));
        p.layout.put("prepare-data", new Position(80, 160));
        p.layout.put("train", new Position(360, 160));
        p.layout.put("evaluate", new Position(640, 160));
        p.layout.put("deploy", new Position(920, 160));
        return p;
    }

    private static Container python(String image, String source) {
        Container c = new Container();
        c.image = image;
        c.language = "python";
        c.source = source;
        return c;
    }

    /** An input bound to the output of the same name of {@code step}. */
    private static Artifact from(String name, String step) {
        Artifact a = new Artifact(name, null);
        a.from = "{{tasks." + step + ".outputs.artifacts." + name + "}}";
        return a;
    }

    private static Parameter outputParameter(String name, String path) {
        Parameter p = new Parameter(name, null);
        p.path = path;
        return p;
    }
}
