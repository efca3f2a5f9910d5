package dev.orrery.benchmarks.local;

import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Orchestration overhead of the local runner, against snakemake on the same machine.
 * <p>
 * Two workloads of no-op steps ({@code touch out}): a 200-step fan-out/fan-in DAG (start → 198
 * parallel steps → end) and a 200-step chain. Overhead per step = (wall time − the steps' own
 * time) / steps, run with parallelism 1 so that the steps' times add up. A step's own time is
 * the median time Java takes to start and reap the same command directly (the bare process cost;
 * the same baseline is used for snakemake). The runtime is created before the clock starts (it is
 * long-lived in the app), so Orrery has no start-up to subtract; snakemake's fixed start-up (a
 * 1-step workflow) is shown and subtracted in the last column. Runs: one cold, then
 * {@code --repeat} warm ones (median reported).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.local.LocalRunnerOverhead
 * [--steps 200] [--repeat 3] [--work DIR]}
 */
public final class LocalRunnerOverhead {
    private LocalRunnerOverhead() {
    }

    record Figures(String label, double wallMs, double runnerStepMs, int steps) {
        double overheadBare(double bareMs) {
            return (wallMs - bareMs * steps) / steps;
        }
    }

    public static void main(String[] args) throws Exception {
        int steps = intArg(args, "--steps", 200);
        int repeat = intArg(args, "--repeat", 3);
        String given = stringArg(args, "--work", null);
        Path work = given != null ? Path.of(given) : Files.createTempDirectory("orrery-bench");
        try {
            measure(steps, repeat, work);
        } finally {
            if (given == null) {
                deleteTree(work);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void measure(int steps, int repeat, Path work) throws Exception {
        double bare = bareProcessMs(work, 200);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "bare process (start + reap 'touch out' from Java, median of 200): %.2f ms%n", bare);
        List<String> rows = new ArrayList<>();
        try (LocalRuntime runtime = new LocalRuntime(work.resolve("runs"))) {
            for (String shape : List.of("fan", "chain")) {
                Pipeline p = shape.equals("fan") ? fan(steps) : chain(steps);
                Figures cold = run(runtime, p, 1, shape + " cold");
                List<Figures> warm = new ArrayList<>();
                for (int i = 0; i < repeat; i++) {
                    warm.add(run(runtime, p, 1, shape));
                }
                Figures median = warm.stream().sorted((a, b) -> Double.compare(a.wallMs(), b.wallMs())).toList()
                        .get(warm.size() / 2);
                rows.add(row("Orrery local, " + shape + ", parallelism 1 (first run in the JVM)", cold, bare));
                rows.add(row("Orrery local, " + shape + ", parallelism 1 (median of " + repeat + ")", median, bare));
                if (shape.equals("fan")) {
                    Figures wide = run(runtime, p, 0, "fan wide");
                    rows.add(String.format(Locale.ROOT, "| Orrery local, fan, parallelism %d (cores) | %.0f | - | - |",
                            Runtime.getRuntime().availableProcessors(), wide.wallMs()));
                }
            }
        }
        var snake = Snakemake.find();
        if (snake.isPresent()) {
            double startup = Snakemake.wallMs(snake.get(), work.resolve("snake-1"), Snakemake.chain(1));
            rows.add(String.format(Locale.ROOT, "| snakemake, 1 step (its fixed start-up) | %.0f | - | - |", startup));
            for (String shape : List.of("fan", "chain")) {
                String snakefile = shape.equals("fan") ? Snakemake.fan(steps) : Snakemake.chain(steps);
                double wall = Snakemake.wallMs(snake.get(), work.resolve("snake-" + shape), snakefile);
                rows.add(String.format(Locale.ROOT, "| snakemake %s, %s, --cores 1 | %.0f | %.2f | %.2f |",
                        Snakemake.version(snake.get()), shape, wall, (wall - bare * steps) / steps,
                        (wall - startup - bare * steps) / steps));
            }
        } else {
            rows.add("| snakemake | not installed (apt-get install -y snakemake) | | |");
        }
        System.out.println();
        System.out.println("| workload (" + steps + " no-op steps) | wall ms | overhead per step (ms)"
                + " | overhead per step without the tool's start-up (ms) |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String row(String label, Figures f, double bare) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f |", label, f.wallMs(), f.overheadBare(bare),
                f.overheadBare(bare));
    }

    private static Figures run(LocalRuntime runtime, Pipeline p, int parallelism, String label) throws Exception {
        long t0 = System.nanoTime();
        RunRef ref = runtime.submit(p, SubmitOptions.DEFAULTS.withParallelism(parallelism));
        RunState s = runtime.completion(ref).get(30, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - t0) / 1e6;
        if (s.phase() != Phase.SUCCEEDED) {
            throw new IllegalStateException(label + ": the run " + s.id() + " ended " + s.phase() + ": " + s.message());
        }
        double stepMs = 0;
        int leaves = 0;
        for (NodeState n : s.nodes()) {
            if (n.type().isLeaf()) {
                stepMs += Duration.between(n.startedAt(), n.finishedAt()).toNanos() / 1e6;
                leaves++;
            }
        }
        runtime.delete(ref);
        return new Figures(label, wall, stepMs, leaves);
    }

    static double bareProcessMs(Path dir, int n) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("touch", "out").directory(dir.toFile()).start();
            p.waitFor();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[n / 2];
    }

    private static Template noop() {
        Template t = new Template("noop");
        t.container = new Container();
        t.container.image = "busybox:1.36";
        t.container.command = List.of("touch", "out");
        return t;
    }

    static Pipeline fan(int steps) {
        Template main = new Template("main");
        main.graph = new Graph();
        main.graph.steps.add(new Step("start", "noop"));
        Step end = new Step("end", "noop");
        for (int i = 0; i < steps - 2; i++) {
            Step s = new Step("s" + i, "noop");
            s.dependsOn.add("start");
            main.graph.steps.add(s);
            end.dependsOn.add(s.name);
        }
        main.graph.steps.add(end);
        return pipeline("bench-fan", main);
    }

    static Pipeline chain(int steps) {
        Template main = new Template("main");
        main.graph = new Graph();
        for (int i = 0; i < steps; i++) {
            Step s = new Step("s" + i, "noop");
            if (i > 0) {
                s.dependsOn.add("s" + (i - 1));
            }
            main.graph.steps.add(s);
        }
        return pipeline("bench-chain", main);
    }

    private static Pipeline pipeline(String name, Template main) {
        Pipeline p = new Pipeline();
        p.name = name;
        p.entrypoint = "main";
        p.templates.add(main);
        p.templates.add(noop());
        return p;
    }

    private static int intArg(String[] args, String name, int def) {
        String v = stringArg(args, name, null);
        return v == null ? def : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    /** Snakefiles of the same shapes, run with the snakemake CLI. */
    static final class Snakemake {
        private Snakemake() {
        }

        static java.util.Optional<Path> find() {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, "snakemake");
                if (Files.isExecutable(p)) {
                    return java.util.Optional.of(p);
                }
            }
            return java.util.Optional.empty();
        }

        static String version(Path snakemake) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(snakemake.toString(), "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return v;
        }

        static String fan(int steps) {
            return """
                    N = %d
                    rule all:
                        input: "end.txt"
                    rule start:
                        output: "start.txt"
                        shell: "touch {output}"
                    rule mid:
                        input: "start.txt"
                        output: "mid/{i}.txt"
                        shell: "touch {output}"
                    rule end:
                        input: expand("mid/{i}.txt", i=range(N))
                        output: "end.txt"
                        shell: "touch {output}"
                    """.formatted(steps - 2);
        }

        static String chain(int steps) {
            return """
                    N = %d
                    rule all:
                        input: f"chain/{N - 1}.txt"
                    rule first:
                        output: "chain/0.txt"
                        shell: "touch {output}"
                    rule step:
                        input: lambda wc: f"chain/{int(wc.i) - 1}.txt"
                        output: "chain/{i}.txt"
                        wildcard_constraints: i="[1-9][0-9]*"
                        shell: "touch {output}"
                    """.formatted(steps);
        }

        static double wallMs(Path snakemake, Path dir, String snakefile) throws IOException, InterruptedException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("Snakefile"), snakefile, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(snakemake.toString(), "--cores", "1", "--quiet", "all")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("snakemake.log").toFile())
                    .start();
            int exit = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException("snakemake failed (exit " + exit + "); see " + dir.resolve("snakemake.log"));
            }
            return wall;
        }
    }
}
