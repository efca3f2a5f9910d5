package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.events.EventFiles;
import dev.orrery.core.io.AtomicFiles;
import dev.orrery.core.io.InPlaceExport;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.split.DagSplit;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.yaml.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orrery export FILE --to argo|native [--kind K] [-o OUT] [--check] [--split-dags]}. */
@Command(name = "export", description = {
    "Convert a pipeline file (native or Argo, detected) to Argo or native YAML.",
    "Output is deterministic: the same input always gives the same bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written (with --check: OUT is up to date)",
            "1:the input has errors, or a DAG cannot be split (--split-dags) (with --check: OUT would change)", "2:usage error or unreadable file"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file to convert.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "argo or native.")
    String to;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Argo kind: workflow, workflow-template or cron-workflow (default: the input's kind).")
    String kind;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write here instead of standard output ('-': standard output). A link is written through;"
                    + " an existing file keeps its permissions. A folder (DIR/): one file per document.")
    Path output;

    @Option(names = "--check", description = "Write nothing; exit 1 if OUT would change (for CI on YAML kept in Git).")
    boolean check;

    @Option(names = "--force", description = "Export even when validation finds errors.")
    boolean force;

    @Option(names = "--canonical", description = {"Rewrite OUT whole in Orrery's canonical style. Without it an",
        "existing OUT is changed in place: only the lines whose content changes, its comments and style kept."})
    boolean canonical;

    @Option(names = "--split-dags", description = {"Rewrite each DAG of more than 200 tasks (Argo v4's limit) into",
        "nested DAGs of at most 200 tasks each, keeping every dependency and data binding."})
    boolean splitDags;

    @Override
    public Integer call() throws IOException {
        PipelineFormat format = parseFormat();
        ArgoKind argoKind = parseKind(format);
        boolean toStdout = output == null || output.toString().equals("-");
        if (check && toStdout) {
            throw new ParameterException(spec.commandLine(), "--check needs -o OUT: the file to compare with");
        }
        Reporter reporter = new Reporter(spec.commandLine().getErr(), true);
        LoadResult loaded;
        try {
            loaded = Documents.load(file);
        } catch (Documents.Unreadable e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (splitDags) {
            Optional<LoadResult> split = split(loaded, reporter);
            if (split.isEmpty()) {
                return ExitCodes.PROBLEMS;
            }
            loaded = split.get();
        }
        List<Diagnostic> diagnostics = Documents.validate(loaded);
        boolean errors = reporter.report(diagnostics);
        boolean nothing = loaded.documents().isEmpty() && !EventFiles.hasEventDocuments(loaded);
        if (nothing || (errors && !force)) {
            reporter.error(file + ": not exported" + (nothing ? ": no pipeline, EventSource or Sensor in the file"
                    : ": fix the errors above (or use --force)"));
            return ExitCodes.PROBLEMS;
        }
        if (argoKind == ArgoKind.CRON_WORKFLOW && loaded.documents().stream().anyMatch(d -> d.pipeline().schedule == null
                || d.pipeline().schedule.crons.isEmpty())) {
            reporter.error(file + ": not exported: a CronWorkflow needs a schedule; set spec.schedule in the pipeline");
            return ExitCodes.PROBLEMS;
        }
        if (!toStdout && !check && FolderOutput.isFolder(spec, output)) { // -o DIR/: a file per document
            return writeFolder(loaded, format, argoKind, reporter);
        }
        String text;
        try {
            List<JsonNode> trees = PipelineFiles.convertDocuments(loaded, format, argoKind);
            text = toStdout ? YamlWriter.defaults().writeAll(trees) : textFor(trees);
        } catch (IllegalArgumentException e) {
            reporter.error(file + ": not exported: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        if (check) {
            return checkUpToDate(text, reporter);
        }
        if (toStdout) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.writeString(output, text);
        } catch (AtomicFiles.NotARegularFile e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            reporter.error(output + ": cannot write: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    /** Every document with its large DAGs split; empty (after saying why) when one cannot be split. */
    private Optional<LoadResult> split(LoadResult loaded, Reporter reporter) {
        List<LoadedDocument> documents = new ArrayList<>();
        boolean refused = false;
        for (LoadedDocument d : loaded.documents()) {
            DagSplit.Result r = DagSplit.splitAll(d.pipeline());
            r.split().forEach(s -> reporter.error(file + ": split " + s));
            for (String why : r.refused()) {
                reporter.error(file + ": not exported: " + why);
                refused = true;
            }
            documents.add(new LoadedDocument(d.index(), d.format(), r.pipeline(), d.diagnostics(), d.lines()));
        }
        return refused ? Optional.empty() : Optional.of(new LoadResult(loaded.source(), documents,
                loaded.diagnostics(), loaded.others()));
    }

    /**
     * What OUT should hold: an existing OUT changed in place (unless --canonical), else the canonical
     * text. An OUT that cannot be read as the same number of YAML documents is rewritten whole.
     */
    private String textFor(List<JsonNode> trees) throws IOException {
        if (!canonical && Files.isRegularFile(output)) {
            String existing = Files.readString(output, StandardCharsets.UTF_8);
            Optional<String> inPlace = InPlaceExport.over(existing, trees);
            if (inPlace.isPresent()) {
                return inPlace.get();
            }
        }
        return YamlWriter.defaults().writeAll(trees);
    }

    private int writeFolder(LoadResult loaded, PipelineFormat format, ArgoKind argoKind, Reporter reporter) {
        try {
            FolderOutput.write(output, PipelineFiles.convertDocuments(loaded, format, argoKind));
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            reporter.error(file + ": not exported: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        } catch (IOException e) {
            reporter.error(output + ": cannot write: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private int checkUpToDate(String text, Reporter reporter) throws IOException {
        byte[] expected = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(output) && java.util.Arrays.equals(Files.readAllBytes(output), expected)) {
            return ExitCodes.OK;
        }
        reporter.error(output + ": out of date; run: orrery export " + file + " --to " + to
                + (kind == null ? "" : " --kind " + kind) + (canonical ? " --canonical" : "") + " -o " + output);
        return ExitCodes.PROBLEMS;
    }

    private PipelineFormat parseFormat() {
        return switch (to.toLowerCase(Locale.ROOT)) {
            case "argo" -> PipelineFormat.ARGO;
            case "native", "orrery" -> PipelineFormat.NATIVE;
            default -> throw new ParameterException(spec.commandLine(), "--to must be argo or native, not '" + to + "'");
        };
    }

    private ArgoKind parseKind(PipelineFormat format) {
        if (kind == null) {
            return null;
        }
        if (format != PipelineFormat.ARGO) {
            throw new ParameterException(spec.commandLine(), "--kind applies to --to argo only");
        }
        return ArgoKind.fromCliName(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--kind must be workflow, workflow-template, cluster-workflow-template or cron-workflow, not '"
                        + kind + "'"));
    }
}
