package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** When a CronWorkflow starts the pipeline. */
public final class Schedule {
    /** Cron expressions; Argo accepts one ({@code schedule}) or several ({@code schedules}). */
    public List<String> crons = new ArrayList<>();
    /** Whether the source used the list form {@code schedules:}; kept so round trips are exact. */
    public boolean listForm;
    public String timezone;
    public String concurrencyPolicy;
    /** startingDeadlineSeconds, suspend, history limits, workflowMetadata, stopStrategy, when, … */
    public ObjectNode extra = Json.object();

    public static Schedule of(String cron) {
        Schedule s = new Schedule();
        s.crons.add(cron);
        return s;
    }

    public Schedule copy() {
        Schedule s = new Schedule();
        s.crons = new ArrayList<>(crons);
        s.listForm = listForm;
        s.timezone = timezone;
        s.concurrencyPolicy = concurrencyPolicy;
        s.extra = extra.deepCopy();
        return s;
    }
}
