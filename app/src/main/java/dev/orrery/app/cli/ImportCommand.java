package dev.orrery.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orrery import ARGO.yaml -o PIPELINE.yaml}: Argo YAML to a native pipeline. */
@Command(name = "import", description = "Turn Argo YAML (Workflow, WorkflowTemplate, ClusterWorkflowTemplate,"
        + " CronWorkflow; several documents allowed) into a native Orrery pipeline file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the input has errors", "2:usage error or unreadable file"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARGO.yaml", description = "The Argo file to import.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PIPELINE.yaml",
            description = "The native pipeline file to write ('-': standard output).")
    Path output;

    @Option(names = "--force", description = "Import even when validation finds errors.")
    boolean force;

    @Override
    public Integer call() {
        ExportCommand export = new ExportCommand();
        export.spec = spec;
        export.file = file;
        export.to = "native";
        export.output = output;
        export.force = force;
        try {
            return export.call();
        } catch (java.io.IOException e) {
            throw new CommandLine.ExecutionException(spec.commandLine(), output + ": cannot write: " + e.getMessage(), e);
        }
    }
}
