package dev.orrery.designer.palette;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.ResourceAction;
import dev.orrery.core.model.Resources;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.StepKind;
import dev.orrery.core.model.Template;
import dev.orrery.core.model.TemplateRef;
import dev.orrery.designer.doc.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** New steps with sensible defaults for each palette kind; the step and its own template share a name. */
public final class StepFactory {
    public static final String PYTORCH_IMAGE = "pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime";
    public static final String PYTHON_IMAGE = "python:3.12-slim";

    /** A new step and the template it runs (null for a reference to another WorkflowTemplate). */
    public record NewStep(Step step, Template template) {
    }

    private StepFactory() {
    }

    /** The kinds the palette offers, in palette order. */
    public static List<StepKind> paletteKinds() {
        return List.of(StepKind.DATA_PREP, StepKind.TRAIN, StepKind.EVALUATE, StepKind.DEPLOY, StepKind.CONTAINER,
                StepKind.SCRIPT, StepKind.RESOURCE, StepKind.APPROVAL, StepKind.SUB_PIPELINE, StepKind.SWEEP);
    }

    public static NewStep create(StepKind kind, Pipeline p) {
        Set<String> taken = new HashSet<>();
        p.templates.forEach(t -> taken.add(t.name));
        p.templates.stream().filter(t -> t.graph != null).forEach(t -> t.graph.steps.forEach(s -> taken.add(s.name)));
        String name = Names.unique(kind.id(), taken);
        Template t = new Template(name);
        t.kind = kind;
        Step s = new Step(name, name);
        switch (kind) {
            case DATA_PREP -> {
                t.container = script(PYTHON_IMAGE, DefaultScripts.DATA_PREP);
                t.outputArtifacts.add(new Artifact("dataset", "/tmp/data.csv"));
            }
            case TRAIN -> {
                train(t);
                t.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
                t.outputArtifacts.add(new Artifact("model", "/tmp/model.json"));
                t.outputArtifacts.add(new Artifact("metrics", "/tmp/metrics.json"));
            }
            case EVALUATE -> {
                t.container = script(PYTHON_IMAGE, DefaultScripts.EVALUATE);
                t.inputArtifacts.add(new Artifact("model", "/data/model.json"));
                t.inputArtifacts.add(new Artifact("dataset", "/data/dataset.csv"));
                t.outputArtifacts.add(new Artifact("metrics", "/tmp/metrics.json"));
                t.outputParameters.add(outputParameter("accuracy", "/tmp/accuracy"));
            }
            case DEPLOY -> {
                // a script, not a Kubernetes resource: it takes the model, and runs here as on a cluster
                t.container = script(PYTHON_IMAGE, DefaultScripts.DEPLOY);
                t.inputArtifacts.add(new Artifact("model", "/data/model.json"));
                t.outputParameters.add(outputParameter("endpoint", "/tmp/endpoint"));
            }
            case CONTAINER -> {
                t.container = new Container();
                t.container.image = "alpine:3.20";
                t.container.command = new ArrayList<>(List.of("sh", "-c"));
                t.container.args = new ArrayList<>(List.of("echo hello"));
            }
            case SCRIPT -> t.container = script(PYTHON_IMAGE, DefaultScripts.SCRIPT);
            case RESOURCE -> {
                t.resource = new ResourceAction();
                t.resource.action = "create";
                t.resource.manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: " + name
                        + "-\ndata:\n  key: value\n";
            }
            case APPROVAL -> t.suspend = Json.object();
            case SUB_PIPELINE -> {
                s.template = null;
                s.templateRef = new TemplateRef("my-workflow-template", "main", null);
                return new NewStep(s, null);
            }
            case SWEEP -> sweep(t, s);
            case OTHER -> throw new IllegalArgumentException("the palette does not create steps of kind other");
        }
        return new NewStep(s, t);
    }

    /**
     * Train: a script (a placeholder that runs with python3 alone, see {@link DefaultScripts}), one GPU,
     * the GPU toleration, and a memory-backed /dev/shm (PyTorch data loaders need it).
     */
    private static void train(Template t) {
        t.container = script(PYTORCH_IMAGE, DefaultScripts.TRAIN);
        t.container.resources.cpu = Json.text("4");
        t.container.resources.memory = Json.text("16Gi");
        t.container.resources.gpu = IntNode.valueOf(1);
        t.container.resources.gpuResource = Resources.NVIDIA_GPU;
        t.tolerations = Json.array();
        t.tolerations.addObject().put("key", Resources.NVIDIA_GPU).put("operator", "Exists").put("effect", "NoSchedule");
        ArrayNode volumes = t.extra.putArray("volumes");
        volumes.addObject().put("name", "dshm").putObject("emptyDir").put("medium", "Memory");
        ArrayNode mounts = t.container.extra.putArray("volumeMounts");
        mounts.addObject().put("name", "dshm").put("mountPath", "/dev/shm");
    }

    /** Sweep: a training run per learning rate, a one-parameter grid the property sheet extends. */
    private static void sweep(Template t, Step s) {
        t.container = script(PYTORCH_IMAGE, DefaultScripts.SWEEP);
        t.inputParameters.add(new Parameter("lr", null));
        Sweep grid = new Sweep();
        grid.axes.add(Sweep.Axis.list("lr", Json.array().add(0.001).add(0.01).add(0.1)));
        s.loop = Loop.sweep(grid);
        s.parameterArguments.add(Parameter.of("lr", "{{item.lr}}"));
    }

    private static Container script(String image, String source) {
        Container c = new Container();
        c.image = image;
        c.language = "python";
        c.source = source;
        return c;
    }

    private static Parameter outputParameter(String name, String path) {
        Parameter p = new Parameter(name, null);
        p.path = path;
        return p;
    }

}
