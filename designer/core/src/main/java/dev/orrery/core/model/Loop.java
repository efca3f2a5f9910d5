package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Fan-out of a step: over literal items, over a JSON list parameter, or over a number sequence. */
public final class Loop {
    public ArrayNode items;
    public String param;
    /** {@code count}, {@code start}, {@code end}, {@code format}, as in Argo's withSequence. */
    public ObjectNode sequence;
    /**
     * When the loop is a parameter sweep: what its {@link #items} were made from. The items are kept
     * expanded (every engine and exporter reads them); edits of the sweep expand them again.
     */
    public Sweep sweep;

    /** A loop over the sweep's items. @throws IllegalArgumentException when the sweep does not expand */
    public static Loop sweep(Sweep sweep) {
        Loop l = items(sweep.items());
        l.sweep = sweep;
        return l;
    }

    public static Loop items(ArrayNode items) {
        Loop l = new Loop();
        l.items = items;
        return l;
    }

    public Loop copy() {
        Loop l = new Loop();
        l.items = Json.copy(items);
        l.param = param;
        l.sequence = Json.copy(sequence);
        l.sweep = sweep == null ? null : sweep.copy();
        return l;
    }
}
