package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * When a CronWorkflow starts the pipeline: the fields of Argo's CronWorkflowSpec (v4.1.2) other
 * than the workflow spec itself. Null means "not set" (Argo's default applies), so round trips write
 * back only what the source had.
 */
public final class Schedule {
    /** Argo's concurrency policies; an empty value means Allow. */
    public static final List<String> CONCURRENCY_POLICIES = List.of("Allow", "Forbid", "Replace");

    /** Cron expressions ({@code schedules}; Argo v4 dropped the single {@code schedule}, read as one item). */
    public List<String> crons = new ArrayList<>();
    /** Whether the native source used the list form; kept so native round trips are exact. */
    public boolean listForm;
    /** IANA name; null means the controller's zone (UTC in Argo's images). */
    public String timezone;
    public String concurrencyPolicy;
    public Long startingDeadlineSeconds;
    public Long successfulJobsHistoryLimit;
    public Long failedJobsHistoryLimit;
    public Boolean suspend;
    /** An expression evaluated at each firing; the run starts only when it is true. */
    public String when;
    /** {@code stopStrategy.expression}: scheduling stops for good once it is true. */
    public String stopExpression;
    /** Fields kept as they are: workflowMetadata, anything newer than this build, … */
    public ObjectNode extra = Json.object();
    /** Where the fields were read from, and the schedule list (or single field) itself; null when built in code. */
    public SourceRef source;
    public SourceRef cronsSource;

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
        s.startingDeadlineSeconds = startingDeadlineSeconds;
        s.successfulJobsHistoryLimit = successfulJobsHistoryLimit;
        s.failedJobsHistoryLimit = failedJobsHistoryLimit;
        s.suspend = suspend;
        s.when = when;
        s.stopExpression = stopExpression;
        s.extra = extra.deepCopy();
        s.source = source;
        s.cronsSource = cronsSource;
        return s;
    }
}
