package dev.orrery.designer.job;

/**
 * One edit of a document, reversible. {@link #execute()} runs once; after {@link #undo()},
 * {@link #redo()} applies the edit again. Jobs are built with everything they need and are run
 * only through the {@link JobManager}, on the FX thread.
 */
public abstract class Job {

    /** Whether the job would change anything; jobs that would not are not recorded. */
    public boolean isExecutable() {
        return true;
    }

    public abstract void execute();

    public abstract void undo();

    public void redo() {
        execute();
    }

    /** Shown in the Edit menu: "Undo Move 3 steps". */
    public abstract String description();
}
