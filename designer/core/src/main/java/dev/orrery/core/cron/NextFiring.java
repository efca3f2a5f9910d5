package dev.orrery.core.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;

/**
 * The next firing time, computed step by step as robfig/cron v3's {@code SpecSchedule.Next} does,
 * so that daylight-saving changes give what Argo gives: hours are stepped on the real time line,
 * so a wall-clock time skipped by a spring-forward change does not fire that day, and a time
 * repeated by a fall-back change fires twice (once per offset). Argo documents the same in
 * "Daylight Saving" of its CronWorkflow guide. Wall-clock times are resolved like Go's
 * {@code time.Date} (see {@link #goDate}), which differs from java.time's rules in overlaps.
 */
final class NextFiring {
    private NextFiring() {
    }

    /** The next time after {@code from} (in its zone) that matches; null when none within five years. */
    static ZonedDateTime next(long[] f, ZonedDateTime from) {
        ZoneId loc = from.getZone();
        ZonedDateTime t = from.plusNanos(1_000_000_000L - from.getNano());
        boolean added = false;
        int yearLimit = t.getYear() + 5;
        wrap:
        while (true) {
            if (t.getYear() > yearLimit) {
                return null;
            }
            while (!CronField.has(f[3], t.getMonthValue())) {
                if (!added) {
                    added = true;
                    t = goDate(LocalDateTime.of(t.getYear(), t.getMonthValue(), 1, 0, 0), loc);
                }
                t = goDate(t.toLocalDateTime().plusMonths(1), loc);
                if (t.getMonthValue() == 1) {
                    continue wrap;
                }
            }
            while (!dayMatches(f, t)) {
                if (!added) {
                    added = true;
                    t = goDate(t.toLocalDate().atStartOfDay(), loc);
                }
                t = goDate(t.toLocalDateTime().plusDays(1), loc);
                // Where midnight does not exist, land back on the day's first hour (as robfig does)
                if (t.getHour() != 0) {
                    t = t.getHour() > 12 ? t.plusHours(24 - t.getHour()) : t.minusHours(t.getHour());
                }
                if (t.getDayOfMonth() == 1) {
                    continue wrap;
                }
            }
            while (!CronField.has(f[1], t.getHour())) {
                if (!added) {
                    added = true;
                    t = goDate(t.toLocalDate().atTime(t.getHour(), 0), loc);
                }
                t = t.plusHours(1);
                if (t.getHour() == 0) {
                    continue wrap;
                }
            }
            while (!CronField.has(f[0], t.getMinute())) {
                if (!added) {
                    added = true;
                    t = truncate(t, ChronoUnit.MINUTES);
                }
                t = t.plusMinutes(1);
                if (t.getMinute() == 0) {
                    continue wrap;
                }
            }
            while (t.getSecond() != 0) {
                if (!added) {
                    added = true;
                    t = truncate(t, ChronoUnit.SECONDS);
                }
                t = t.plusSeconds(1);
                if (t.getSecond() == 0) {
                    continue wrap;
                }
            }
            return t;
        }
    }

    /** robfig's ConstantDelaySchedule: under a second rounds up to one, sub-seconds are dropped. */
    static ZonedDateTime every(Duration d, ZonedDateTime from) {
        return from.plus(effectiveDelay(d)).minusNanos(from.getNano());
    }

    static Duration effectiveDelay(Duration d) {
        Duration atLeast = d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
        return Duration.ofSeconds(atLeast.getSeconds());
    }

    /** Day-of-month and day-of-week: both must match if either is a star, else either may. */
    private static boolean dayMatches(long[] f, ZonedDateTime t) {
        boolean dom = CronField.has(f[2], t.getDayOfMonth());
        boolean dow = CronField.has(f[4], t.getDayOfWeek().getValue() % 7);
        if ((f[2] & CronField.STAR) != 0 || (f[4] & CronField.STAR) != 0) {
            return dom && dow;
        }
        return dom || dow;
    }

    private static ZonedDateTime truncate(ZonedDateTime t, ChronoUnit unit) {
        return ZonedDateTime.ofInstant(t.toInstant().truncatedTo(unit), t.getZone());
    }

    /**
     * Go's {@code time.Date}: the offset in force at the wall-clock time read as UTC, corrected
     * once. In a gap this moves forward by the gap; in an overlap it picks the earlier offset west of
     * Greenwich and the later one east of it, unlike java.time (always the earlier).
     */
    static ZonedDateTime goDate(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        long unix = local.toEpochSecond(ZoneOffset.UTC);
        int guess = rules.getOffset(Instant.ofEpochSecond(unix)).getTotalSeconds();
        int offset = rules.getOffset(Instant.ofEpochSecond(unix - guess)).getTotalSeconds();
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(unix - offset), zone);
    }
}
