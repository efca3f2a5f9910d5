package dev.orrery.core.cron;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Timezone names as Go's {@code time.LoadLocation} (Argo's) takes them: IANA names, {@code UTC},
 * {@code Local} and the empty name (UTC). Offsets such as {@code +02:00} or {@code GMT+2}, which
 * Java would take, are refused because Argo refuses them. {@code Local} (the controller's zone) is
 * taken as UTC, which is how Argo's controller image runs.
 */
public final class Timezones {
    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();

    private Timezones() {
    }

    public static boolean isKnown(String name) {
        return name.isEmpty() || name.equals("UTC") || name.equals("Local") || IANA.contains(name);
    }

    /** The zone of a known name (see {@link #isKnown}). */
    public static ZoneId zoneOf(String name) {
        if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
            return ZoneOffset.UTC;
        }
        return ZoneId.of(name);
    }
}
