package dev.orrery.core.refs;

/** Whether an input or output is a parameter or an artifact: the word references use for it. */
public enum IoKind {
    PARAMETER("parameters"),
    ARTIFACT("artifacts");

    private final String word;

    IoKind(String word) {
        this.word = word;
    }

    /** {@code parameters} or {@code artifacts}, as in {@code {{inputs.parameters.x}}}. */
    public String word() {
        return word;
    }
}
