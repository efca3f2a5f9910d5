package dev.orrery.designer.job;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Changes fields of one element of a model list (a step, a template) through any edit function:
 * the element is copied before and after the change, and undo and redo put those copies back in its
 * place, so every edit is reversible without an inverse of its own.
 */
abstract class CopyEditJob<T> extends Job {
    private final String description;
    private final Consumer<T> edit;
    private final UnaryOperator<T> copy;
    private int index = -1;
    private T before;
    private T after;

    CopyEditJob(String description, Consumer<T> edit, UnaryOperator<T> copy) {
        this.description = description;
        this.edit = edit;
        this.copy = copy;
    }

    /** The element to edit, if it is still in the document. */
    abstract Optional<T> element();

    /** The list that holds the element. */
    abstract List<T> list();

    @Override
    public boolean isExecutable() {
        return element().isPresent();
    }

    @Override
    public void execute() {
        T live = element().orElseThrow();
        index = list().indexOf(live);
        before = copy.apply(live);
        edit.accept(live);
        after = copy.apply(live);
    }

    @Override
    public void undo() {
        list().set(index, copy.apply(before));
    }

    @Override
    public void redo() {
        list().set(index, copy.apply(after));
    }

    @Override
    public String description() {
        return description;
    }
}
