package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compute resources of a container: CPU and memory requests and limits, and accelerators.
 * Quantities are JSON scalars ({@code 1} and {@code "500m"} both occur).
 */
public final class Resources {
    public static final String NVIDIA_GPU = "nvidia.com/gpu";

    public JsonNode cpu;
    public JsonNode memory;
    public JsonNode cpuLimit;
    public JsonNode memoryLimit;
    /** Number of accelerators (a limit, as Kubernetes requires for extended resources). */
    public JsonNode gpu;
    /** The extended resource name of the accelerator, e.g. {@code nvidia.com/gpu}. */
    public String gpuResource;
    /** Other requests/limits (ephemeral storage, a GPU request, …) and fields such as claims. */
    public ObjectNode extra = Json.object();

    public boolean isEmpty() {
        return cpu == null && memory == null && cpuLimit == null && memoryLimit == null && gpu == null
                && extra.isEmpty();
    }

    /** The GPU count as a number, or 0 when none (or not a number). */
    public int gpuCount() {
        if (gpu == null) {
            return 0;
        }
        if (gpu.isNumber()) {
            return gpu.intValue();
        }
        try {
            return Integer.parseInt(gpu.asText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True when an accelerator is requested (in requests) without a matching limit. */
    public boolean gpuRequestedWithoutLimit() {
        JsonNode requests = extra.get("requests");
        if (gpu != null || requests == null) {
            return false;
        }
        var names = requests.fieldNames();
        while (names.hasNext()) {
            if (isAcceleratorName(names.next())) {
                return true;
            }
        }
        return false;
    }

    /** Extended resource names that denote accelerators ({@code nvidia.com/gpu}, {@code amd.com/gpu}, …). */
    public static boolean isAcceleratorName(String resourceName) {
        return resourceName.endsWith("/gpu") || resourceName.startsWith("nvidia.com/mig-");
    }

    public Resources copy() {
        Resources r = new Resources();
        r.cpu = Json.copy(cpu);
        r.memory = Json.copy(memory);
        r.cpuLimit = Json.copy(cpuLimit);
        r.memoryLimit = Json.copy(memoryLimit);
        r.gpu = Json.copy(gpu);
        r.gpuResource = gpuResource;
        r.extra = extra.deepCopy();
        return r;
    }
}
