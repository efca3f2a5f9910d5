package dev.orrery.runtime;

import dev.orrery.core.refs.Binding;
import dev.orrery.core.refs.Bindings;
import dev.orrery.core.refs.IoKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What flowed on one edge of a run's graph, engine-neutral: for each binding of the edge (from
 * {@link Bindings}), the producer's artifacts or parameter values that the run has, or why it has
 * none yet. An edge without bindings only orders its steps. Pure: reads the snapshot, opens nothing.
 *
 * @param producerPhase the producer step's phase, or null when it has not started
 */
public record EdgeFlow(String producer, String consumer, Phase producerPhase, List<Flow> flows) {

    public EdgeFlow {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(consumer, "consumer");
        flows = List.copyOf(flows);
    }

    /**
     * One binding and what the run has for it.
     *
     * @param artifacts the producer's artifacts of that name (an artifact binding), possibly several for a fan-out
     * @param values    the producer's values of that parameter (a parameter binding), one per node
     * @param absence   why there is nothing yet, e.g. {@code train is Running; its model is not there yet}; null when there is
     */
    public record Flow(Binding binding, List<ArtifactRef> artifacts, List<String> values, String absence) {
        public Flow {
            artifacts = List.copyOf(artifacts);
            values = List.copyOf(values);
        }

        /** The producer's output that flows: what the edge's label names. */
        public String name() {
            return binding.output();
        }

        public boolean isArtifact() {
            return binding.outputKind() == IoKind.ARTIFACT;
        }

        /** {@code lr = 0.1} (several values of a fan-out in brackets), or the absence. */
        public String describeValue() {
            if (absence != null) {
                return absence;
            }
            String shown = values.size() == 1 ? values.get(0) : values.toString();
            return name() + " = " + shown;
        }
    }

    /** What flowed from {@code producer} to {@code consumer} in {@code run}, as {@code bindings} say. */
    public static EdgeFlow of(Bindings bindings, RunState run, String producer, String consumer) {
        Phase phase = run == null ? null : RunSteps.phase(run, producer);
        List<Flow> flows = new ArrayList<>();
        for (Binding b : bindings.between(producer, consumer)) {
            flows.add(flow(b, run, producer, phase));
        }
        return new EdgeFlow(producer, consumer, phase, flows);
    }

    /** True when nothing flows on the edge: the consumer only runs after the producer. */
    public boolean onlyOrders() {
        return flows.isEmpty();
    }

    private static Flow flow(Binding b, RunState run, String producer, Phase phase) {
        List<ArtifactRef> artifacts = List.of();
        List<String> values = List.of();
        if (run != null && b.outputKind() == IoKind.ARTIFACT) {
            artifacts = RunSteps.artifacts(run, producer, b.output());
        } else if (run != null) {
            boolean result = b.reference().endsWith("outputs.result");
            values = RunSteps.parameterValues(run, producer, b.output(), result);
        }
        boolean found = !artifacts.isEmpty() || !values.isEmpty();
        return new Flow(b, artifacts, values, found ? null : absence(producer, phase, b.output()));
    }

    /** Why an output is not there: its step has not finished, or it ended without it. */
    static String absence(String producer, Phase phase, String output) {
        if (phase == null) {
            return producer + " has not started; its " + output + " is not there yet";
        }
        String label = PhaseStyle.of(phase).label();
        if (!phase.isFinished()) {
            return producer + " is " + label + "; its " + output + " is not there yet";
        }
        if (phase == Phase.SUCCEEDED) {
            return producer + " succeeded but left no " + output;
        }
        return producer + " ended " + label + "; it left no " + output;
    }
}
