package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.StoredPipeline;
import dev.orrery.runtime.SubmitOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery submit FILE [--context C] [-n N] [-p name=value]... [--watch]}: submits a pipeline to
 * Argo Workflows as a Workflow (or, with {@code --from}, runs a WorkflowTemplate or CronWorkflow that
 * is already in the cluster) and prints the run's name; with {@code --watch}, follows it to the end.
 */
@Command(name = "submit", description = {
    "Submit a pipeline to Argo Workflows on a Kubernetes cluster and print the run's name.",
    "With --from, run a WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow of the cluster instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:submitted (with --watch: the run succeeded)", "1:with --watch: the run failed",
            "2:usage error, invalid pipeline, refused submission or no connection"})
public final class SubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The pipeline file (native or Argo YAML).")
    Path file;

    @Option(names = "--from", paramLabel = "KIND/NAME",
            description = "Run a stored pipeline: workflow-template/NAME, cluster-workflow-template/NAME or"
                    + " cron-workflow/NAME (Argo's wftmpl/, cwftmpl/ and cronwf/ work too).")
    String from;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Set a workflow parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--name", paramLabel = "NAME", description = "An exact name for the run (default: generated).")
    String runName;

    @Option(names = {"-l", "--label"}, paramLabel = "KEY=VALUE", description = "Put a label on the run (repeatable).")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--pipeline", paramLabel = "NAME", description = "Which pipeline to submit when FILE holds several.")
    String pipelineName;

    @Option(names = {"-w", "--watch"}, description = "Follow the run until it ends, printing each step's changes.")
    boolean watch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((file == null) == (from == null)) {
            return ArgoCli.fail(err, "submit", "give either a pipeline FILE or --from KIND/NAME");
        }
        StoredPipeline template;
        Pipeline pipeline = null;
        try {
            template = from == null ? null : StoredPipeline.parse(from);
            if (file != null) {
                pipeline = load(err);
            }
        } catch (IllegalArgumentException e) {
            return ArgoCli.fail(err, "submit", e.getMessage());
        }
        if (file != null && pipeline == null) {
            return ExitCodes.USAGE;
        }
        SubmitOptions options = new SubmitOptions(parameters, 0, runName, labels);
        Pipeline toSubmit = pipeline;
        return ArgoCli.withRuntime("submit", cluster, err, runtime -> {
            RunRef ref = toSubmit != null ? runtime.submit(toSubmit, options) : runtime.submit(template, options);
            out.println(ref.runId());
            out.flush();
            return watch ? ArgoCli.follow(runtime, ref, out, err) : ExitCodes.OK;
        });
    }

    /** The pipeline to submit, or null (after printing why) when the file is unreadable or has errors. */
    private Pipeline load(PrintWriter err) {
        LoadResult loaded;
        try {
            loaded = Documents.load(file);
        } catch (Documents.Unreadable e) {
            ArgoCli.fail(err, "submit", e.getMessage());
            return null;
        }
        List<Diagnostic> diagnostics = Documents.validate(loaded);
        diagnostics.stream().filter(d -> d.severity() != Severity.INFO).sorted(Diagnostic.ORDER)
                .forEach(d -> err.println(d.format()));
        err.flush();
        if (Diagnostic.anyError(diagnostics)) {
            ArgoCli.fail(err, "submit", file + " has errors; nothing was submitted");
            return null;
        }
        List<LoadedDocument> docs = loaded.documents();
        List<String> names = docs.stream().map(d -> d.pipeline().displayName()).toList();
        if (pipelineName != null) {
            for (LoadedDocument d : docs) {
                if (pipelineName.equals(d.pipeline().displayName())) {
                    return d.pipeline();
                }
            }
            ArgoCli.fail(err, "submit", file + ": no pipeline named '" + pipelineName + "' (it has: "
                    + String.join(", ", names) + ")");
            return null;
        }
        if (docs.size() != 1) {
            ArgoCli.fail(err, "submit", file + ": holds " + docs.size() + " pipelines; choose one with --pipeline NAME ("
                    + String.join(", ", names) + ")");
            return null;
        }
        return docs.get(0).pipeline();
    }
}
