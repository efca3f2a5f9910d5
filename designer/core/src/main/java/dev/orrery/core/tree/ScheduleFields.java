package dev.orrery.core.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.model.SourceRef;

/**
 * The CronWorkflow fields both formats spell the same way (timezone … stopStrategy), read into and
 * written from a {@link Schedule}. A field of an unexpected type stays in the tree, so it is written
 * back unchanged and reported.
 */
public final class ScheduleFields {
    private ScheduleFields() {
    }

    /** Takes the fields out of {@code o}; what is left belongs to the caller. */
    public static void read(ObjectNode o, SourceRef at, Lifter lift, Schedule s) {
        s.timezone = lift.text(o, "timezone", at);
        s.concurrencyPolicy = lift.text(o, "concurrencyPolicy", at);
        s.startingDeadlineSeconds = integer(o, "startingDeadlineSeconds", at, lift);
        s.successfulJobsHistoryLimit = integer(o, "successfulJobsHistoryLimit", at, lift);
        s.failedJobsHistoryLimit = integer(o, "failedJobsHistoryLimit", at, lift);
        s.suspend = lift.bool(o, "suspend", at);
        s.when = lift.text(o, "when", at);
        JsonNode stop = o.get("stopStrategy");
        // Only the plain form is lifted; a stopStrategy with more than its expression passes through whole
        if (stop != null && stop.isObject() && stop.size() == 1 && stop.path("expression").isTextual()) {
            s.stopExpression = stop.get("expression").textValue();
            o.remove("stopStrategy");
        }
    }

    /** Writes the set fields in Argo's documented order. */
    public static void write(Schedule s, ObjectNode o) {
        Json.putIf(o, "timezone", s.timezone);
        putIf(o, "startingDeadlineSeconds", s.startingDeadlineSeconds);
        Json.putIf(o, "concurrencyPolicy", s.concurrencyPolicy);
        putIf(o, "successfulJobsHistoryLimit", s.successfulJobsHistoryLimit);
        putIf(o, "failedJobsHistoryLimit", s.failedJobsHistoryLimit);
        if (s.suspend != null) {
            o.put("suspend", s.suspend);
        }
        Json.putIf(o, "when", s.when);
        if (s.stopExpression != null) {
            o.putObject("stopStrategy").put("expression", s.stopExpression);
        }
    }

    private static Long integer(ObjectNode o, String key, SourceRef at, Lifter lift) {
        JsonNode n = o.get(key);
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            if (n != null && !n.isNull()) {
                lift.warning(at.child(key), key, "expected a whole number, found " + Lifter.describe(n)
                        + "; kept as written");
            }
            return null;
        }
        o.remove(key);
        return n.longValue();
    }

    private static void putIf(ObjectNode o, String key, Long value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
