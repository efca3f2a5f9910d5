package dev.orrery.app.cli;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.AtomicFiles;
import dev.orrery.core.io.InPlaceDocument;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orrery edit FILE [--document N] [-o OUT] OPERATION...}: the designer's edits without a
 * display, for scripts and bots. The file is changed in place: only the lines the edit changed.
 */
@Command(name = "edit", sortOptions = false, description = {
    "Change a pipeline file (native or Argo) as the designer would, without a display.",
    "Only the lines an operation changes are rewritten: comments, blank lines, quoting",
    "and layout of everything else stay byte for byte. Operations run in the order",
    "given; the result is validated and nothing is written when it has errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the result has errors (nothing written)",
            "2:usage error, unknown template or step, or a file that cannot be read or written"})
final class EditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file to edit.")
    Path file;

    @Option(names = "--document", paramLabel = "N",
            description = "Which document of a file with several pipelines (1 = the first in the file).")
    Integer document;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the result here ('-': standard output) instead of changing FILE.")
    Path output;

    // The operation options are declared for parsing and help; their order is taken from the command line.
    @Option(names = "--set-image", paramLabel = "TEMPLATE=IMAGE", description = "Set a container or script template's image.")
    List<String> setImage;

    @Option(names = "--set-param", paramLabel = "NAME=VALUE",
            description = "Set a pipeline parameter's value (added when the pipeline has none of that name).")
    List<String> setParam;

    @Option(names = "--set-gpu", paramLabel = "TEMPLATE=COUNT", description = "Set a template's GPU count (0: none).")
    List<String> setGpu;

    @Option(names = "--rename-step", paramLabel = "OLD=NEW", description = {"Rename a step of the entrypoint graph;",
        "its dependencies and every {{tasks.OLD.…}} / {{steps.OLD.…}} reference follow."})
    List<String> renameStep;

    @Option(names = "--remove-step", paramLabel = "NAME",
            description = "Remove a step of the entrypoint graph and the dependencies on it.")
    List<String> removeStep;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec.commandLine().getErr(), true);
        List<EditOperation> operations = operations();
        if (operations.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no operation given; use --set-image, --set-param,"
                    + " --set-gpu, --rename-step or --remove-step");
        }
        PipelineFiles.Opened opened;
        try {
            opened = open();
        } catch (Documents.Unreadable e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        LoadResult loaded = opened.result();
        if (opened.text() == null || loaded.documents().isEmpty()) {
            reporter.report(loaded.allDiagnostics());
            reporter.error(file + ": not edited: " + (opened.text() == null ? "the file cannot be read"
                    : "no pipeline in the file"));
            return ExitCodes.PROBLEMS;
        }
        LoadedDocument chosen = choose(loaded);
        InPlaceDocument source = InPlaceDocument.opened(opened.text(), chosen);
        DesignDocument doc = new DesignDocument(chosen.pipeline());
        for (EditOperation op : operations) {
            try {
                Job job = op.job(doc);
                doc.execute(job);
            } catch (EditOperation.Refused e) {
                reporter.error(file + ": not edited: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        String text;
        try {
            text = source.write(doc.pipeline()).text();
        } catch (IllegalArgumentException e) {
            reporter.error(file + ": not edited: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        // validate what would be written, read back as any reader will: its lines are the ones reported
        LoadResult result = PipelineFiles.parse(text, file.toString());
        if (reporter.report(Documents.validate(result))) {
            reporter.error(file + ": not edited: the result has the errors above");
            return ExitCodes.PROBLEMS;
        }
        return write(text, reporter);
    }

    private PipelineFiles.Opened open() throws Documents.Unreadable {
        if (Files.isDirectory(file)) {
            throw new Documents.Unreadable(file + ": is a directory, not a pipeline file");
        }
        try {
            return PipelineFiles.open(file);
        } catch (NoSuchFileException e) {
            throw new Documents.Unreadable(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Documents.Unreadable(file + ": cannot read: " + e.getMessage());
        }
    }

    private LoadedDocument choose(LoadResult loaded) {
        List<LoadedDocument> docs = loaded.documents();
        if (document == null) {
            if (docs.size() > 1) {
                throw new ParameterException(spec.commandLine(), file + " holds " + docs.size()
                        + " pipelines; choose one with --document N: " + String.join(", ",
                                docs.stream().map(LoadedDocument::label).toList()));
            }
            return docs.get(0);
        }
        return docs.stream().filter(d -> d.index() + 1 == document).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--document " + document
                        + ": no pipeline there; " + file + " holds " + String.join(", ",
                                docs.stream().map(LoadedDocument::label).toList())));
    }

    private int write(String text, Reporter reporter) {
        if (output != null && output.toString().equals("-")) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path target = output != null ? output : file;
        try {
            AtomicFiles.writeString(target, text);
        } catch (AtomicFiles.NotARegularFile e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            reporter.error(target + ": cannot write: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    /** The operations in command-line order (picocli groups repeated options by name, so the order is read here). */
    private List<EditOperation> operations() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        List<EditOperation> found = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 && arg.startsWith("--") ? arg.substring(0, eq) : arg;
            if (!EditOperation.OPTIONS.contains(name)) {
                continue;
            }
            String value = eq > 0 && arg.startsWith("--") ? arg.substring(eq + 1) : i + 1 < args.size() ? args.get(++i) : "";
            try {
                found.add(EditOperation.parse(name, value));
            } catch (EditOperation.Refused e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return found;
    }
}
