package dev.orrery.runtime.local;

import dev.orrery.runtime.NodeResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CPU time and peak resident memory of a step's process tree, sampled while the step waits for
 * its process. The JDK reaps a finished process at once, so its final rusage is not readable;
 * sampling every {@link #INTERVAL} is what is left. A step shorter than that has no sample.
 * CPU time comes from {@link ProcessHandle.Info}; resident memory from Linux's
 * {@code /proc/<pid>/status} (absent elsewhere).
 */
final class ProcessUsage {
    static final Duration INTERVAL = Duration.ofMillis(250);
    private static final Path PROC = Path.of("/proc");

    private final boolean sampling;
    private Duration cpu;
    private Long peakResident;

    /** @param sampling false when the process is a container engine's CLI, whose usage says nothing of the step */
    ProcessUsage(boolean sampling) {
        this.sampling = sampling;
    }

    /**
     * Waits for the process to end or the deadline (null: none) to pass, sampling on the way.
     *
     * @return true when the process ended, false when the deadline passed first
     */
    boolean waitFor(Process p, Instant deadline) throws InterruptedException {
        while (true) {
            long wait = sampling ? INTERVAL.toMillis() : Long.MAX_VALUE;
            if (deadline != null) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return !p.isAlive();
                }
                wait = Math.min(wait, left);
            }
            if (p.waitFor(wait, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (sampling) {
                sample(p.toHandle());
            }
        }
    }

    /** Adds one sample of the process and its descendants. */
    void sample(ProcessHandle root) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        Duration total = Duration.ZERO;
        boolean anyCpu = false;
        long resident = 0;
        boolean anyResident = false;
        for (ProcessHandle h : tree) {
            var c = h.info().totalCpuDuration();
            if (c.isPresent()) {
                total = total.plus(c.get());
                anyCpu = true;
            }
            Long rss = residentBytes(h.pid());
            if (rss != null) {
                resident += rss;
                anyResident = true;
            }
        }
        // a descendant that ended takes its CPU time with it: keep the largest total seen
        if (anyCpu && (cpu == null || total.compareTo(cpu) > 0)) {
            cpu = total;
        }
        if (anyResident && (peakResident == null || resident > peakResident)) {
            peakResident = resident;
        }
    }

    NodeResources result() {
        return cpu == null && peakResident == null ? NodeResources.NONE : new NodeResources(Map.of(), cpu, peakResident);
    }

    /** VmRSS of a Linux process in bytes; null when unreadable (another OS, or the process ended). */
    static Long residentBytes(long pid) {
        Path status = PROC.resolve(Long.toString(pid)).resolve("status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
