package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --help} (and {@code -h}) on every command prints its usage and exits 0, required parameters or not. */
class HelpOptionTest {
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(OrreryCommand.commandLine(), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        for (var e : command.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            all.add(sub);
            collect(e.getValue(), sub, all);
        }
    }

    @ParameterizedTest(name = "orrery {0} --help")
    @MethodSource("commands")
    void helpPrintsTheUsageAndExitsZero(List<String> command) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(command);
            args.add(flag);
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).startsWith("Usage: orrery " + String.join(" ", command));
            assertThat(r.err()).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theListHoldsTheCommandsUsersMeet() {
        assertThat(commands().map(c -> String.join(" ", c)).toList())
                .contains("run", "validate", "export", "import", "submit", "runs list", "runs watch", "logs", "artifacts");
    }
}
