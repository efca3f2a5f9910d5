package dev.orrery.core.refs;

/**
 * One input of a step fed by an output of another step of the same graph: what flows on an edge.
 *
 * @param consumer   the step whose argument holds the reference
 * @param inputKind  whether the argument is a parameter or an artifact
 * @param input      the argument's (the consumer template's input's) name
 * @param producer   the step the reference names ({@code tasks.PRODUCER…} or {@code steps.PRODUCER…})
 * @param outputKind the kind of output the reference names; {@code outputs.result} is a parameter
 * @param output     the output's name ({@code result} for {@code outputs.result}, {@code parameters}
 *                   for a loop's aggregated {@code outputs.parameters})
 * @param reference  the reference as written, without braces, e.g. {@code tasks.train.outputs.artifacts.model}
 */
public record Binding(String consumer, IoKind inputKind, String input, String producer, IoKind outputKind,
        String output, String reference) {

    /** An artifact argument fed by a parameter output or the other way round: Argo refuses it. */
    public boolean kindsDiffer() {
        return inputKind != outputKind;
    }

    /** The name shown on the edge: the output's name, which is what flows. */
    public String label() {
        return output;
    }
}
