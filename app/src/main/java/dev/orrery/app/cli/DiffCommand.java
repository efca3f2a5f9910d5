package dev.orrery.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery diff A B}, {@code orrery diff PATH} (the working file against HEAD), and Git's external
 * diff form (7 arguments). Compares the pipelines, not the text: see docs/diff.md.
 */
@Command(name = "diff", description = {
    "Show what changed between two versions of a pipeline: steps added, removed or renamed,",
    "fields (image, resources, …), dependencies, data bindings, templates, parameters, settings.",
    "Layout moves and the file format (native or Argo) are not changes.",
    "",
    "  orrery diff A B          each side a file or REV:PATH from the Git repository of the folder",
    "  orrery diff PATH         the working file against HEAD:PATH",
    "  (7 arguments)            as Git's external diff driver (see docs/diff.md)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no changes (as Git's diff driver: also when there are changes)",
            "1:changes found", "2:usage error, unreadable file or revision, not a Git repository"})
final class DiffCommand implements Callable<Integer> {
    /** The number of arguments Git passes to an external diff program. */
    static final int GIT_DRIVER_ARGUMENTS = 7;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SIDE", arity = "1..7",
            description = "A and B (a file, or REV:PATH such as HEAD~1:flow.yaml); or one PATH; or Git's 7 arguments.")
    List<String> sides;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown (for a pull-request comment) or json (see docs/diff.md).")
    String format;

    @Option(names = "-C", paramLabel = "DIR",
            description = "Run as if started in DIR: files, REV:PATH and the repository are found from there.")
    Path folder;

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "markdown", "json").contains(chosen)) {
            throw new ParameterException(spec.commandLine(), "--format must be text, markdown or json, not '" + format + "'");
        }
        Path dir = folder != null ? folder : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            return error(dir + ": no such folder");
        }
        boolean driver = sides.size() == GIT_DRIVER_ARGUMENTS;
        if (!driver && sides.size() > 2) {
            throw new ParameterException(spec.commandLine(), "give A B, one PATH, or Git's 7 arguments (got "
                    + sides.size() + ")");
        }
        DiffSides.Side before;
        DiffSides.Side after;
        try (DiffSides reader = new DiffSides(dir)) {
            if (driver) {
                // path old-file old-hex old-mode new-file new-hex new-mode
                String path = sides.get(0);
                before = reader.file(sides.get(1), path + " (" + shortId(sides.get(2)) + ")");
                after = reader.file(sides.get(4), path + " (" + shortId(sides.get(5)) + ")");
            } else if (sides.size() == 1) {
                String path = sides.get(0);
                before = reader.revision("HEAD", path, "HEAD:" + path);
                after = reader.file(path, path);
            } else {
                before = reader.read(sides.get(0));
                after = reader.read(sides.get(1));
            }
        } catch (DiffInputException e) {
            return error(e.getMessage());
        }
        List<PipelinePairs.Pair> pairs = PipelinePairs.of(before.loaded(), after.loaded());
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (chosen) {
            case "json" -> DiffOutput.json(before.label(), after.label(), pairs);
            case "markdown" -> DiffOutput.markdown(before.label(), after.label(), pairs);
            default -> DiffOutput.text(before.label(), after.label(), pairs);
        });
        out.flush();
        boolean differs = pairs.stream().anyMatch(PipelinePairs.Pair::differs);
        // Git stops at an external diff program that exits non-zero: as its driver, changes are success
        return differs && !driver ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Git's blob id, short; all zeros (or '.') is the working tree's file. */
    private static String shortId(String hex) {
        if (hex.equals(".") || hex.chars().allMatch(c -> c == '0')) {
            return "working tree";
        }
        return hex.length() > 7 ? hex.substring(0, 7) : hex;
    }

    private int error(String message) {
        PrintWriter err = spec.commandLine().getErr();
        for (String line : message.split("\n")) {
            err.println("orrery diff: " + line);
        }
        err.flush();
        return ExitCodes.USAGE;
    }
}
