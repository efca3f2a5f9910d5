package dev.orrery.core.cron;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schedule as Argo's controller reads it: robfig/cron v3's standard parser (five fields, the
 * {@code @} descriptors, {@code @every <Go duration>}, and an optional {@code CRON_TZ=}/{@code TZ=}
 * prefix). {@link #parse} accepts exactly those forms and explains what is wrong with the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class CronExpression {
    private final String text;
    private final String zonePrefix;
    private final long[] fields;
    private final Duration every;
    private final String descriptor;

    private CronExpression(String text, String zonePrefix, long[] fields, Duration every, String descriptor) {
        this.text = text;
        this.zonePrefix = zonePrefix;
        this.fields = fields;
        this.every = every;
        this.descriptor = descriptor;
    }

    public static CronExpression parse(String text) throws CronException {
        if (text == null || text.isEmpty()) {
            throw new CronException(null, "the schedule is empty");
        }
        String spec = text;
        String zone = null;
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            if (space < 0) {
                throw new CronException(null, "a " + spec.substring(0, spec.indexOf('=') + 1)
                        + " prefix must be followed by a space and the schedule");
            }
            zone = spec.substring(spec.indexOf('=') + 1, space);
            if (!Timezones.isKnown(zone)) {
                throw new CronException(null, "unknown timezone \"" + zone + "\" in the prefix");
            }
            spec = GoText.trimSpace(spec.substring(space));
        }
        if (spec.startsWith("@")) {
            return descriptor(text, zone, spec);
        }
        List<String> parts = GoText.fields(spec);
        if (parts.size() != 5) {
            throw new CronException(null, "expected 5 fields (minute hour day-of-month month day-of-week), found "
                    + parts.size() + (parts.size() == 6 ? "; Argo has no seconds field" : ""));
        }
        long[] bits = new long[5];
        CronField[] order = CronField.values();
        for (int i = 0; i < 5; i++) {
            bits[i] = order[i].parse(parts.get(i));
        }
        return new CronExpression(text, zone, bits, null, null);
    }

    private static CronExpression descriptor(String text, String zone, String spec) throws CronException {
        long min0 = 1L;
        long[] bits = switch (spec) {
            case "@yearly", "@annually" -> new long[] {min0, 1L, 1L << 1, 1L << 1, CronField.DAY_OF_WEEK.all()};
            case "@monthly" -> new long[] {min0, 1L, 1L << 1, CronField.MONTH.all(), CronField.DAY_OF_WEEK.all()};
            case "@weekly" -> new long[] {min0, 1L, CronField.DAY_OF_MONTH.all(), CronField.MONTH.all(), 1L};
            case "@daily", "@midnight" -> new long[] {min0, 1L, CronField.DAY_OF_MONTH.all(), CronField.MONTH.all(),
                CronField.DAY_OF_WEEK.all()};
            case "@hourly" -> new long[] {min0, CronField.HOUR.all(), CronField.DAY_OF_MONTH.all(),
                CronField.MONTH.all(), CronField.DAY_OF_WEEK.all()};
            default -> null;
        };
        if (bits != null) {
            return new CronExpression(text, zone, bits, null, spec);
        }
        if (spec.startsWith("@every ")) {
            Duration d = GoDuration.parse(spec.substring("@every ".length()));
            return new CronExpression(text, zone, null, d, "@every");
        }
        throw new CronException(null, "unknown descriptor \"" + spec + "\"; Argo accepts @yearly, @annually, "
                + "@monthly, @weekly, @daily, @midnight, @hourly and @every <duration> (lower case, one space)");
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The zone named by a {@code CRON_TZ=} or {@code TZ=} prefix, if any. */
    public Optional<String> zonePrefix() {
        return Optional.ofNullable(zonePrefix);
    }

    /** The interval of an {@code @every} schedule, as written (before Argo's rounding). */
    public Optional<Duration> every() {
        return Optional.ofNullable(every);
    }

    /** The descriptor used ({@code @daily}, {@code @every}, …), if any. */
    public Optional<String> descriptor() {
        return Optional.ofNullable(descriptor);
    }

    /** The bit set of a field (bit n set when value n matches; bit 63 marks {@code *} or {@code ?}); 0 for @every. */
    public long bits(CronField field) {
        return fields == null ? 0 : fields[field.ordinal()];
    }

    /**
     * The next {@code count} firing times strictly after {@code from}, in {@code zone} (the
     * CronWorkflow's timezone, or the controller's) unless the expression names its own. An
     * {@code @every} schedule counts from {@code from} (Argo counts from when its controller picks
     * the CronWorkflow up). Fewer times come back when the schedule never fires (30 February).
     */
    public List<ZonedDateTime> next(ZonedDateTime from, ZoneId zone, int count) {
        ZoneId effective = zonePrefix == null ? zone : Timezones.zoneOf(zonePrefix);
        List<ZonedDateTime> out = new ArrayList<>();
        ZonedDateTime t = from.withZoneSameInstant(effective);
        for (int i = 0; i < count; i++) {
            t = every != null ? NextFiring.every(every, t) : NextFiring.next(fields, t);
            if (t == null) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /** A plain-language reading: "at 02:00, Monday to Friday", "every 15 minutes", "every 1h30m". */
    public String reading() {
        return every != null ? CronReading.every(every) : CronReading.of(fields);
    }

    @Override
    public String toString() {
        return text;
    }
}
