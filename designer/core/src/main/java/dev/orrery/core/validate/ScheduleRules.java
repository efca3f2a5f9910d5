package dev.orrery.core.validate;

import dev.orrery.core.cron.CronException;
import dev.orrery.core.cron.CronExpression;
import dev.orrery.core.cron.Timezones;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.model.SourceRef;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The CronWorkflow fields as Argo's validator and controller check them: at least one schedule,
 * each parsed like robfig/cron's standard parser, an IANA timezone, a known concurrency policy, no
 * negative deadline or history limit. Adds what Argo only finds out at run time: a schedule that
 * never fires, and a {@code CRON_TZ=} prefix that the controller would stack on the timezone field.
 */
final class ScheduleRules {
    /** A fixed instant, so "never fires" does not depend on today's date. */
    private static final ZonedDateTime PROBE = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private final Findings out;

    ScheduleRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        Schedule s = p.schedule;
        if (s == null) {
            return;
        }
        SourceRef at = s.source;
        if (s.crons.isEmpty()) {
            out.error(null, "schedules", at, "the CronWorkflow has no schedule: add one (e.g. \"0 2 * * *\"); Argo"
                    + " refuses a CronWorkflow without schedules");
        }
        boolean zoneKnown = s.timezone == null || Timezones.isKnown(s.timezone);
        for (int i = 0; i < s.crons.size(); i++) {
            cron(s, s.crons.get(i), Findings.at(s.cronsSource, i), zoneKnown);
        }
        if (!zoneKnown) {
            out.error(null, "timezone", Findings.at(at, "timezone"), "unknown timezone '" + s.timezone + "': use an"
                    + " IANA name such as Europe/Berlin or America/New_York (offsets like +02:00 are not accepted)");
        }
        if (s.concurrencyPolicy != null && !s.concurrencyPolicy.isEmpty()
                && !Schedule.CONCURRENCY_POLICIES.contains(s.concurrencyPolicy)) {
            String near = Schedule.CONCURRENCY_POLICIES.stream()
                    .filter(x -> x.equalsIgnoreCase(s.concurrencyPolicy)).findFirst()
                    .map(x -> " (did you mean " + x + "?)").orElse("");
            out.error(null, "concurrencyPolicy", Findings.at(at, "concurrencyPolicy"), "'" + s.concurrencyPolicy
                    + "' is not a concurrency policy: use Allow, Forbid or Replace" + near);
        }
        notNegative(s.startingDeadlineSeconds, "startingDeadlineSeconds", at);
        notNegative(s.successfulJobsHistoryLimit, "successfulJobsHistoryLimit", at);
        notNegative(s.failedJobsHistoryLimit, "failedJobsHistoryLimit", at);
    }

    private void cron(Schedule s, String text, SourceRef at, boolean zoneKnown) {
        CronExpression e;
        try {
            e = CronExpression.parse(text);
        } catch (CronException ex) {
            out.error(null, "schedules", at, "schedule '" + text + "' is not valid: " + ex.getMessage());
            return;
        }
        if (e.zonePrefix().isPresent()) {
            if (s.timezone != null && !s.timezone.isEmpty()) {
                out.error(null, "schedules", at, "schedule '" + text + "' names its own zone and the CronWorkflow"
                        + " sets timezone: Argo's controller adds CRON_TZ=" + s.timezone + " in front and then"
                        + " refuses the schedule; remove the prefix");
            } else {
                out.warning(null, "schedules", at, "schedule '" + text + "' names its zone in a prefix; Argo's full"
                        + " CRD refuses it: set timezone: " + e.zonePrefix().get() + " and remove the prefix");
            }
        }
        if (zoneKnown && e.next(PROBE, Timezones.zoneOf(s.timezone == null ? "" : s.timezone), 1).isEmpty()) {
            out.warning(null, "schedules", at, "schedule '" + text + "' never fires (no such date, e.g. 30 February)");
        }
    }

    private void notNegative(Long value, String field, SourceRef at) {
        if (value != null && value < 0) {
            out.error(null, field, Findings.at(at, field), field + " is " + value + ": it must be 0 or more");
        }
    }
}
