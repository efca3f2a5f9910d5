package dev.orrery.benchmarks.local;

import dev.orrery.core.model.Container;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.local.LocalRuntime;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Memory of the local runner while one step prints a lot: a step prints {@code --mib} MiB to
 * standard output ({@code --line} characters per line, 0 for no line break at all) and the
 * harness reports the JVM's peak heap (the heap pools' peak usage) and peak resident memory
 * ({@code VmHWM}). Run it under a small heap to show the output is never held in memory:
 * <p>
 * {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.local.BigOutputMemory
 * --mib 1024 [--line 100] [--work DIR]}
 * <p>
 * Exits 1 when the step does not end Succeeded with a 256 KiB result.
 */
public final class BigOutputMemory {
    private BigOutputMemory() {
    }

    public static void main(String[] args) throws Exception {
        long mib = Long.parseLong(arg(args, "--mib", "1024"));
        int line = Integer.parseInt(arg(args, "--line", "100"));
        String given = arg(args, "--work", null);
        Path work = given != null ? Path.of(given) : Files.createTempDirectory("orrery-big-output");
        try {
            System.exit(measure(mib, line, work) ? 0 : 1);
        } finally {
            if (given == null) {
                deleteTree(work);
            }
        }
    }

    private static boolean measure(long mib, int line, Path work) throws Exception {
        long bytes = mib * 1024 * 1024;
        String print = "head -c " + bytes + " /dev/zero | tr '\\0' x" + (line > 0 ? " | fold -w " + line : "");
        Template t = new Template("print");
        t.container = new Container();
        t.container.image = "alpine:3";
        t.container.command = List.of("sh", "-c", print);
        Pipeline p = new Pipeline();
        p.name = "big-output";
        p.templates.add(t);
        p.entrypoint = t.name;

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        RunState s;
        try (LocalRuntime runtime = new LocalRuntime(work.resolve("runs"))) {
            RunRef ref = runtime.submit(p, SubmitOptions.DEFAULTS);
            s = runtime.completion(ref).get(30, TimeUnit.MINUTES);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            NodeState n = s.nodes().get(0);
            Path log = runtime.runDirectory(ref).resolve("nodes").resolve(n.id()).resolve("log.txt");
            long heapPeak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    heapPeak += pool.getPeakUsage().getUsed();
                }
            }
            String result = n.outputs().result();
            System.out.printf(Locale.ROOT, "printed: %d MiB (%s)%n", mib, line > 0 ? line + " characters a line"
                    : "no line break");
            System.out.printf(Locale.ROOT, "phase: %s in %.1f s; log.txt %.1f MiB; result %d characters%n", n.phase(),
                    ms / 1000.0, Files.size(log) / 1048576.0, result == null ? 0 : result.length());
            System.out.printf(Locale.ROOT, "max heap (-Xmx): %.0f MiB; peak heap used (sum of pool peaks): %.1f MiB;"
                    + " peak RSS (VmHWM): %s%n", Runtime.getRuntime().maxMemory() / 1048576.0, heapPeak / 1048576.0,
                    procStatus("VmHWM"));
            return n.phase() == Phase.SUCCEEDED && result != null && result.length() >= 256 * 1024 - 4096;
        }
    }

    private static String procStatus(String key) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith(key + ":")) {
                return l.substring(key.length() + 1).trim();
            }
        }
        return "unknown (no /proc)";
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
