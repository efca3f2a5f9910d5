package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.io.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orrery validate FILE...}: exit 0 when clean, 1 on problems, 2 when a file cannot be read. */
@Command(name = "validate", description = {
    "Check native or Argo pipeline files: YAML syntax, types, cycles, names, references,",
    "images, GPU limits, secrets written inline, Argo's size limits (200 templates, 200 tasks",
    "in a DAG, 500 input parameters, 100 Prometheus metrics, 1.5 MiB per document).",
    "Problems print as file:line: severity: message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors found (or warnings, with --strict)", "2:usage error or unreadable file"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pipeline files (native or Argo YAML).")
    List<Path> files;

    @Option(names = "--strict", description = {"Treat warnings as problems (exit 1), and report what Argo's size",
        "limits refuse as errors: what the cluster would refuse at submit."})
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Do not print informational notes.")
    boolean quiet;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec.commandLine().getErr(), quiet);
        boolean problems = false;
        boolean unreadable = false;
        for (Path file : files) {
            LoadResult loaded;
            try {
                loaded = Documents.load(file);
            } catch (Documents.Unreadable e) {
                reporter.error(e.getMessage());
                unreadable = true;
                continue;
            }
            List<Diagnostic> diagnostics = Documents.validate(loaded, strict);
            boolean errors = reporter.report(diagnostics);
            boolean warnings = diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
            problems |= errors || (strict && warnings);
            if (!errors && !quiet) {
                spec.commandLine().getOut().println(file + ": ok (" + loaded.documents().size() + " pipeline"
                        + (loaded.documents().size() == 1 ? "" : "s") + ")");
            }
        }
        spec.commandLine().getOut().flush();
        if (unreadable) {
            return ExitCodes.USAGE;
        }
        return problems ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
