package dev.orrery.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The top-level {@code orrery} command; with no subcommand the desktop app opens (see Main). */
@Command(name = "orrery", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Design ML pipelines visually and run them on Argo Workflows.",
            "Without arguments, opens the designer. With a command, runs headless (no display needed)."},
        subcommands = {ValidateCommand.class, ExportCommand.class, ImportCommand.class, EditCommand.class, DiffCommand.class,
            RunCommand.class,
            SubmitCommand.class, TriggerCommand.class, RunsCommand.class, LogsCommand.class, ArtifactsCommand.class,
            CommandLine.HelpCommand.class})
public final class OrreryCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line with Orrery's error handling: usage errors print a short message and exit 2;
     * unexpected failures print one line, never a stack trace (set ORRERY_DEBUG=1 to see it).
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OrreryCommand());
        addHelpOption(cli);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("orrery: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("orrery: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            if (System.getenv("ORRERY_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /**
     * Gives every subcommand (and theirs) {@code -h, --help}: it prints the usage and exits 0, even
     * when required parameters are missing ({@code orrery run --help}).
     */
    private static void addHelpOption(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            boolean hasHelp = spec.options().stream().anyMatch(OptionSpec::usageHelp);
            if (!hasHelp && spec.findOption("--help") == null) {
                spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
            addHelpOption(sub);
        }
    }
}
