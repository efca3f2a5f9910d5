package dev.orrery.designer.job;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs jobs and keeps the undo and redo stacks. After every execute, undo and redo it calls the
 * change hook (the document bumps its revision there), so views refresh from one signal. It also
 * remembers the saved point (the job on top of the undo stack when the document was saved), so that
 * undoing or redoing back to it counts as unmodified again.
 */
public final class JobManager {
    /** How many undo steps are kept; the oldest are dropped beyond this. */
    public static final int DEFAULT_LIMIT = 200;

    private final Deque<Job> undoStack = new ArrayDeque<>();
    private final Deque<Job> redoStack = new ArrayDeque<>();
    private final int limit;
    private final Runnable onChange;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyBooleanWrapper atSavedPoint = new ReadOnlyBooleanWrapper(this, "atSavedPoint", true);
    /** The top of the undo stack at the last save; null when it was empty then. */
    private Job savedTop;
    /** False once history that led back to the saved state was dropped (redo cleared, limit reached). */
    private boolean savedReachable = true;

    public JobManager(Runnable onChange) {
        this(onChange, DEFAULT_LIMIT);
    }

    public JobManager(Runnable onChange, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1, was " + limit);
        }
        this.onChange = onChange;
        this.limit = limit;
    }

    /** Runs the job and records it for undo; returns false (and records nothing) if it had nothing to do. */
    public boolean execute(Job job) {
        if (!job.isExecutable()) {
            return false;
        }
        job.execute();
        undoStack.push(job);
        while (undoStack.size() > limit) {
            Job dropped = undoStack.removeLast();
            if (savedTop == null || dropped == savedTop) {
                savedReachable = false;
            }
        }
        if (savedTop != null && redoStack.stream().anyMatch(j -> j == savedTop)) {
            savedReachable = false;
        }
        redoStack.clear();
        changed();
        return true;
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        Job job = undoStack.pop();
        job.undo();
        redoStack.push(job);
        changed();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        Job job = redoStack.pop();
        job.redo();
        undoStack.push(job);
        changed();
    }

    /** Forgets all history (a new document was loaded); call {@link #markSaved()} if it is saved. */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        savedTop = null;
        savedReachable = false;
        updateState();
    }

    /** The document is saved as it is now: undoing or redoing back to here makes it unmodified. */
    public void markSaved() {
        savedTop = undoStack.peek();
        savedReachable = true;
        updateState();
    }

    /** True while the document is in the state it was last saved in (or loaded). */
    public ReadOnlyBooleanProperty atSavedPointProperty() {
        return atSavedPoint.getReadOnlyProperty();
    }

    public int undoDepth() {
        return undoStack.size();
    }

    private void changed() {
        updateState();
        onChange.run();
    }

    private void updateState() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().description());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().description());
        atSavedPoint.set(savedReachable && undoStack.peek() == savedTop);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
