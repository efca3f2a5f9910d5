package dev.orrery.app.compare;

import dev.orrery.core.diff.PipelineDiff;
import dev.orrery.core.model.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Which versions of their pipeline the compared runs ran: runs whose pipelines have no semantic
 * difference ({@link PipelineDiff}, so layout and file format do not count) share a version. Each
 * version after the first carries its changes against the first (the first run's) version. Plain
 * logic, no JavaFX; made off the FX thread.
 *
 * @param versions in the order their first run appears; empty when no run's pipeline is known
 * @param unknown labels of runs whose runtime does not know the pipeline they ran
 * @param more how many further versions were found past {@link #MAX_VERSIONS} (not diffed)
 */
public record PipelineVersions(List<Version> versions, List<String> unknown, int more) {
    /** Past this many versions, the rest are counted, not listed (each one is diffed against all before it). */
    public static final int MAX_VERSIONS = 20;

    public PipelineVersions {
        versions = List.copyOf(versions);
        unknown = List.copyOf(unknown);
    }

    /**
     * One version: the runs that ran it (labels, in comparison order) and what changed since the first
     * version (empty for the first one).
     */
    public record Version(Pipeline pipeline, List<String> runs, PipelineDiff changes) {
        public Version {
            runs = List.copyOf(runs);
        }

        /** The run named for the version: its first. */
        public String firstRun() {
            return runs.get(0);
        }
    }

    /** A run and the pipeline it ran (null when its runtime does not know). */
    public record RunPipeline(String run, Pipeline pipeline) {
    }

    /** Groups the runs by version; the first known pipeline is version 1. */
    public static PipelineVersions of(List<RunPipeline> runs) {
        List<Pipeline> pipelines = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int more = 0;
        List<Pipeline> extra = new ArrayList<>();
        for (RunPipeline r : runs) {
            if (r.pipeline() == null) {
                unknown.add(r.run());
                continue;
            }
            int found = -1;
            for (int i = 0; i < pipelines.size() && found < 0; i++) {
                if (PipelineDiff.between(pipelines.get(i), r.pipeline()).isEmpty()) {
                    found = i;
                }
            }
            if (found >= 0) {
                members.get(found).add(r.run());
            } else if (pipelines.size() < MAX_VERSIONS) {
                pipelines.add(r.pipeline());
                members.add(new ArrayList<>(List.of(r.run())));
            } else if (extra.stream().noneMatch(p -> PipelineDiff.between(p, r.pipeline()).isEmpty())) {
                extra.add(r.pipeline());
                more++;
            }
        }
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < pipelines.size(); i++) {
            PipelineDiff changes = i == 0 ? new PipelineDiff(List.of())
                    : PipelineDiff.between(pipelines.get(0), pipelines.get(i));
            versions.add(new Version(pipelines.get(i), members.get(i), changes));
        }
        return new PipelineVersions(versions, unknown, more);
    }

    /** True when every run whose pipeline is known ran the same version. */
    public boolean sameVersion() {
        return versions.size() <= 1 && more == 0;
    }

    /**
     * One line for people: {@code All 3 runs ran the same version of local-ml}, or {@code Pipeline
     * differences: 3 changes between run A and run B}, or how many versions there are.
     */
    public String headline() {
        if (versions.isEmpty()) {
            return "The pipelines these runs ran are not known to their runtimes";
        }
        Version first = versions.get(0);
        String name = first.pipeline().displayName();
        if (sameVersion()) {
            int n = first.runs().size();
            return (n == 2 ? "Both runs" : n == 1 ? "The run" : "All " + n + " runs") + " ran the same version of "
                    + name + (unknown.isEmpty() ? "" : " (" + unknown.size() + " unknown)");
        }
        if (versions.size() == 2 && more == 0) {
            return "Pipeline differences: " + changes(versions.get(1).changes().changes().size()) + " between run "
                    + first.firstRun() + " and run " + versions.get(1).firstRun();
        }
        return "Pipeline differences: " + (versions.size() + more) + " versions of " + name + " among these runs";
    }

    static String changes(int n) {
        return n + (n == 1 ? " change" : " changes");
    }
}
