package dev.orrery.designer.job;

import java.util.ArrayList;
import java.util.List;

/** Several jobs as one undo step: executed in order, undone in reverse. */
public final class BatchJob extends Job {
    private final String description;
    private final List<Job> jobs = new ArrayList<>();

    public BatchJob(String description) {
        this.description = description;
    }

    public BatchJob add(Job job) {
        jobs.add(job);
        return this;
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    @Override
    public boolean isExecutable() {
        return !jobs.isEmpty();
    }

    @Override
    public void execute() {
        jobs.forEach(Job::execute);
    }

    @Override
    public void undo() {
        for (int i = jobs.size() - 1; i >= 0; i--) {
            jobs.get(i).undo();
        }
    }

    @Override
    public void redo() {
        jobs.forEach(Job::redo);
    }

    @Override
    public String description() {
        return description;
    }
}
