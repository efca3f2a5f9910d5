package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.compare.ComparedRuns;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs commands on this computer, end to end: the sweep sample runs through {@code orrery run}
 * (python3 steps, real processes) into a temporary runs folder; then, without cluster options,
 * {@code runs list}, {@code runs metrics} and {@code runs compare} read it back from that folder in a
 * fresh runtime, as a new process would.
 */
class LocalRunsCliTest {
    private static final Path SWEEP = Path.of("..", "assets", "samples", "local-sweep.orrery.yaml");

    @TempDir
    static Path dir;

    private static Path runs;
    private static String runName;

    @BeforeAll
    static void runTheSweep() {
        runs = dir.resolve("runs");
        CliRunner.Result r = CliRunner.run("run", SWEEP.toString(), "--runs-dir", runs.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("\\+ train-grid\\(5:.* +Succeeded").contains("Succeeded (7/7 steps");
        try (LocalRuntime runtime = new LocalRuntime(runs)) {
            runName = runtime.list().get(0).id();
        }
    }

    private static CliRunner.Result cli(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--runs-dir";
        all[args.length + 1] = runs.toString();
        return CliRunner.run(all);
    }

    @Test
    void runsListShowsTheRunWithoutClusterOptions() {
        CliRunner.Result list = cli("runs", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines().toList()).hasSize(2);
        assertThat(list.out()).startsWith("NAME").containsPattern(runName + " +\\+ Succeeded +7/7");
    }

    @Test
    void compareCsvHasOneRowPerChildWithWhatTheStepsWrote() throws Exception {
        CliRunner.Result r = cli("runs", "compare", runName, "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).containsExactly("run", "source", "pipeline", "phase", "duration_s", "params.learning-rate",
                "params.epochs", "metrics.train-grid/accuracy", "metrics.train-grid/loss");
        assertThat(lines).hasSize(7);

        try (LocalRuntime runtime = new LocalRuntime(runs)) {
            RunRef ref = new RunRef(LocalRuntime.ID, runName);
            RunState state = runtime.get(ref);
            List<NodeState> children = ComparedRuns.children(state, "train-grid");
            assertThat(children).hasSize(6);
            String[][] items = {{"0.05", "40"}, {"0.05", "80"}, {"0.5", "40"}, {"0.5", "80"}, {"2.0", "40"},
                {"2.0", "80"}};
            for (int i = 0; i < 6; i++) {
                NodeState child = children.get(i);
                // the CSV quotes the label (it holds commas); the values are the last columns
                List<String> cells = List.of(lines.get(i + 1).split(","));
                List<String> tail = cells.subList(cells.size() - 5, cells.size());
                assertThat(lines.get(i + 1)).startsWith("\"" + child.displayName().replace("\"", "\"\"") + "\"");
                assertThat(cells.get(cells.size() - 6)).isEqualTo("Succeeded");
                assertThat(Double.parseDouble(tail.get(0))).as("duration_s").isPositive();
                assertThat(tail.subList(1, 3)).as(child.displayName()).containsExactly(items[i]);
                String accuracy = child.outputs().parameters().get("accuracy");
                assertThat(Double.parseDouble(tail.get(3))).as(child.displayName() + " accuracy")
                        .isEqualTo(Double.parseDouble(accuracy));
                JsonNode loss = metricsFile(runtime, ref, child).get("loss");
                assertThat(loss.size()).isEqualTo(Integer.parseInt(items[i][1]));
                assertThat(Double.parseDouble(tail.get(4))).as(child.displayName() + " final loss")
                        .isEqualTo(loss.get(loss.size() - 1).asDouble());
            }
        }
    }

    /** The metrics.json a child wrote, read from its artifact as the engine keeps it. */
    private static JsonNode metricsFile(LocalRuntime runtime, RunRef ref, NodeState child) throws Exception {
        ArtifactRef a = runtime.artifacts(ref).stream()
                .filter(x -> x.nodeId().equals(child.id()) && x.name().equals("metrics")).findFirst().orElseThrow();
        try (InputStream in = runtime.openArtifact(a)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void compareTableMarksTheDifferingColumnsAndJsonIsStable() throws Exception {
        CliRunner.Result table = cli("runs", "compare", "local:" + runName, "--metric", "train-grid/accuracy");
        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).containsPattern("RUN +PHASE +DURATION +learning-rate \\* +epochs \\* +train-grid/accuracy")
                .doesNotContain("loss");
        assertThat(lines).hasSize(8).last().isEqualTo("* differs between the rows");
        assertThat(lines.get(1)).contains("+ Succeeded");

        CliRunner.Result json = cli("runs", "compare", runName, "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("format").asText()).isEqualTo("orrery.comparison/v1");
        assertThat(root.path("parameters").toString()).isEqualTo("[\"learning-rate\",\"epochs\"]");
        assertThat(root.path("runs")).hasSize(6);
        JsonNode last = root.path("runs").get(5);
        assertThat(last.path("parameters").path("epochs").asText()).isEqualTo("80");
        JsonNode loss = last.path("metrics").path("train-grid/loss");
        assertThat(loss.path("series").asBoolean()).isTrue();
        assertThat(loss.path("values")).hasSize(80);
        assertThat(loss.path("value").asDouble()).isEqualTo(loss.path("values").get(79).asDouble());
        assertThat(loss.path("source").asText()).isEqualTo("metrics");
    }

    @Test
    void metricsOfTheRunAsTableCsvAndJson() throws Exception {
        CliRunner.Result table = cli("runs", "metrics", runName);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).startsWith("METRIC").containsPattern(
                "train-grid\\(5:.*\\)/loss +metrics +[0-9.]+ +80");
        assertThat(table.out().lines()).hasSize(13);

        CliRunner.Result csv = cli("runs", "metrics", runName, "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValue("metric,step,name,source,value,series,count");
        CliRunner.Result json = cli("runs", "metrics", runName, "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("metrics")).hasSize(12);
        assertThat(root.path("metrics").get(0).path("source").asText()).isEqualTo("parameter");
        assertThat(root.path("problems")).isEmpty();
    }

    @Test
    void unknownRunsAndMissingFoldersAreSentences() {
        CliRunner.Result close = cli("runs", "metrics", runName.substring(0, runName.length() - 1) + "x");
        assertThat(close.exitCode()).isEqualTo(2);
        assertThat(close.err()).startsWith("orrery runs metrics: no run named ").contains("on this computer; did you mean "
                + runName + "?").doesNotContain("Exception");

        Path none = dir.resolve("nothing-here");
        CliRunner.Result empty = CliRunner.run("runs", "list", "--runs-dir", none.toString());
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.err()).contains("no runs on this computer yet (no runs folder at " + none + ")");
        assertThat(none).doesNotExist();
        CliRunner.Result watch = CliRunner.run("runs", "watch", "x", "--runs-dir", none.toString());
        assertThat(watch.exitCode()).isEqualTo(2);
        assertThat(watch.err()).contains("no run named x: there are no runs on this computer yet");

        CliRunner.Result step = cli("runs", "compare", runName, "--step", "generate");
        assertThat(step.exitCode()).isEqualTo(2);
        assertThat(step.err()).contains("no fan-out step 'generate'; its fan-out steps are: train-grid");
        CliRunner.Result metric = cli("runs", "compare", runName, "-m", "train-grid/f1");
        assertThat(metric.exitCode()).isEqualTo(2);
        assertThat(metric.err()).contains("no metric train-grid/f1 in these runs; they have: train-grid/accuracy,"
                + " train-grid/loss");
    }

    @Test
    void watchLogsArtifactsAndActionsOnAFinishedLocalRun() {
        CliRunner.Result watch = cli("runs", "watch", runName);
        assertThat(watch.exitCode()).as(watch.err()).isZero();
        assertThat(watch.out()).containsPattern("\\+ generate +Succeeded").contains("run " + runName + " Succeeded");

        CliRunner.Result logs = cli("logs", runName, "--step", "generate");
        assertThat(logs.exitCode()).as(logs.err()).isZero();
        // the step's /tmp is mapped into its node folder on this computer
        assertThat(logs.out().trim()).startsWith("wrote 400 rows to ").endsWith("/tmp/data/dataset.csv");

        CliRunner.Result artifacts = cli("artifacts", runName, "--step", "generate");
        assertThat(artifacts.exitCode()).as(artifacts.err()).isZero();
        assertThat(artifacts.out()).containsPattern("generate +dataset +" + java.util.regex.Pattern.quote(runs.toString()));

        CliRunner.Result stop = cli("runs", "stop", runName);
        assertThat(stop.exitCode()).isEqualTo(2);
        assertThat(stop.err()).contains("already finished (Succeeded)");
        CliRunner.Result retry = cli("runs", "retry", runName);
        assertThat(retry.exitCode()).isEqualTo(2);
        assertThat(retry.err()).contains("retry is not supported").contains("resubmit the run instead");
    }
}
