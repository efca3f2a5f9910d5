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
import dev.orrery.core.model.ResourceAction;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The sample ML pipeline (prepare-data → train on a GPU → evaluate → deploy) and the blank one.
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
        p.parameters.add(Parameter.of("learning-rate", "0.01"));
        p.parameters.add(Parameter.of("epochs", "10"));
        p.entrypoint = "main";
        p.serviceAccount = "ml-pipeline";
        p.ttlStrategy = Json.object().put("secondsAfterCompletion", 86400);

        Template prepare = new Template("prepare-data");
        prepare.kind = StepKind.DATA_PREP;
        prepare.container = new Container();
        prepare.container.image = "python:3.12-slim";
        prepare.container.language = "python";
        prepare.container.source = """
                import pandas as pd
                df = pd.read_csv("https://example.com/churn.csv")
                df.dropna().to_csv("/tmp/data.csv", index=False)
                """;
        prepare.container.resources.cpu = Json.text("1");
        prepare.container.resources.memory = Json.text("2Gi");
        prepare.outputArtifacts.add(new Artifact("dataset", "/tmp/data.csv"));

        Template train = new Template("train");
        train.kind = StepKind.TRAIN;
        train.container = new Container();
        train.container.image = "pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime";
        train.container.command = new ArrayList<>(List.of("python", "train.py", "--lr",
                "{{workflow.parameters.learning-rate}}", "--epochs", "{{workflow.parameters.epochs}}"));
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
        train.outputArtifacts.add(new Artifact("model", "/tmp/model.pt"));

        Template evaluate = new Template("evaluate");
        evaluate.kind = StepKind.EVALUATE;
        evaluate.container = new Container();
        evaluate.container.image = "python:3.12-slim";
        evaluate.container.language = "python";
        evaluate.container.source = """
                import json
                accuracy = 0.93
                open("/tmp/accuracy", "w").write(str(accuracy))
                """;
        evaluate.inputArtifacts.add(new Artifact("model", "/data/model.pt"));
        Parameter accuracy = new Parameter("accuracy", null);
        accuracy.path = "/tmp/accuracy";
        evaluate.outputParameters.add(accuracy);

        Template deploy = new Template("deploy");
        deploy.kind = StepKind.DEPLOY;
        deploy.resource = new ResourceAction();
        deploy.resource.action = "apply";
        deploy.resource.manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: churn-model
                spec:
                  replicas: 2
                  selector:
                    matchLabels: {app: churn-model}
                  template:
                    metadata:
                      labels: {app: churn-model}
                    spec:
                      containers:
                        - name: server
                          image: ghcr.io/example/churn-model-server:latest
                          ports: [{containerPort: 8080}]
                """;

        Template main = new Template("main");
        main.graph = new Graph();
        Step s1 = new Step("prepare-data", "prepare-data");
        Step s2 = new Step("train", "train");
        s2.dependsOn.add("prepare-data");
        Artifact in = new Artifact("dataset", null);
        in.from = "{{tasks.prepare-data.outputs.artifacts.dataset}}";
        s2.artifactArguments.add(in);
        Step s3 = new Step("evaluate", "evaluate");
        s3.dependsOn.add("train");
        Artifact model = new Artifact("model", null);
        model.from = "{{tasks.train.outputs.artifacts.model}}";
        s3.artifactArguments.add(model);
        Step s4 = new Step("deploy", "deploy");
        s4.dependsOn.add("evaluate");
        s4.when = "{{tasks.evaluate.outputs.parameters.accuracy}} > 0.9";
        main.graph.steps.addAll(List.of(s1, s2, s3, s4));

        p.templates.addAll(List.of(main, prepare, train, evaluate, deploy));
        p.layout.put("prepare-data", new Position(80, 160));
        p.layout.put("train", new Position(360, 160));
        p.layout.put("evaluate", new Position(640, 160));
        p.layout.put("deploy", new Position(920, 160));
        return p;
    }
}
