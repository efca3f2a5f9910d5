package dev.orrery.runtime;

import dev.orrery.core.text.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a node used, as far as its engine tells.
 *
 * @param durations Argo's {@code resourcesDuration}: for each resource, the seconds the node held one
 *                  unit of it (1 cpu, 100Mi of memory, 1 GPU) — an estimate from requests and run time
 * @param cpuTime CPU time of the node's process tree, measured by the local runner (for a retried
 *                step: the last attempt it sampled, every 250 ms); null when unknown
 * @param peakMemoryBytes the largest resident memory of that process tree seen by the local runner; null when unknown
 */
public record NodeResources(Map<String, Long> durations, Duration cpuTime, Long peakMemoryBytes) {
    public static final NodeResources NONE = new NodeResources(Map.of(), null, null);

    public NodeResources {
        durations = durations == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(durations));
    }

    public boolean isEmpty() {
        return durations.isEmpty() && cpuTime == null && peakMemoryBytes == null;
    }

    /**
     * One line for people, e.g. {@code 12s×(1 cpu), 3s×(100Mi memory)} (Argo's notation) or
     * {@code CPU 1.3s, peak memory 42 MiB}; empty when nothing is known.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (cpuTime != null) {
            parts.add("CPU " + DurationText.of(cpuTime));
        }
        if (peakMemoryBytes != null) {
            parts.add("peak memory " + mebibytes(peakMemoryBytes));
        }
        durations.forEach((resource, seconds) -> parts.add(seconds + "s×(" + unitOf(resource) + ")"));
        return String.join(", ", parts);
    }

    /** Argo counts memory and storage in 100Mi units, everything else in whole units. */
    private static String unitOf(String resource) {
        return resource.equals("memory") || resource.endsWith("storage") ? "100Mi " + resource : "1 " + resource;
    }

    private static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 10 ? Math.round(mib) + " MiB" : String.format(java.util.Locale.ROOT, "%.1f MiB", mib);
    }
}
