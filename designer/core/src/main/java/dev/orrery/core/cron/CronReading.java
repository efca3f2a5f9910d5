package dev.orrery.core.cron;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain-language readings of parsed schedules: "at 02:00, Monday to Friday", "every 15 minutes". */
final class CronReading {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] MONTHS = {"", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private CronReading() {
    }

    static String every(Duration written) {
        Duration d = NextFiring.effectiveDelay(written);
        String text = "every " + goStyle(d);
        return d.equals(written) ? text : text + " (Argo rounds " + written + " to whole seconds, at least 1s)";
    }

    /** 1h30m, 15m, 45s: Go's style without its zero units. */
    private static String goStyle(Duration d) {
        StringBuilder b = new StringBuilder();
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        if (h > 0) {
            b.append(h).append('h');
        }
        if (m > 0) {
            b.append(m).append('m');
        }
        if (s > 0 || b.isEmpty()) {
            b.append(s).append('s');
        }
        return b.toString();
    }

    static String of(long[] f) {
        String time = time(f[0], f[1]);
        String days = days(f[2], f[4]);
        String months = isAll(f[3], CronField.MONTH) ? "" : "in " + list(f[3], CronField.MONTH, MONTHS);
        StringBuilder b = new StringBuilder(time);
        if (!days.isEmpty()) {
            b.append(", ").append(days);
        } else if (time.startsWith("at ") && months.isEmpty()) {
            b.append(", every day");
        }
        if (!months.isEmpty()) {
            b.append(", ").append(months);
        }
        if (hasNone(f)) {
            return "never (a field matches no value)";
        }
        return b.toString();
    }

    private static boolean hasNone(long[] f) {
        CronField[] fields = CronField.values();
        for (int i = 0; i < 5; i++) {
            if (values(f[i], fields[i]) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String time(long minutes, long hours) {
        List<Integer> ms = list(minutes, CronField.MINUTE);
        List<Integer> hs = list(hours, CronField.HOUR);
        boolean everyMinute = ms.size() == 60;
        boolean everyHour = hs.size() == 24;
        Integer minuteStep = step(ms, 60);
        Integer hourStep = step(hs, 24);
        if (everyMinute) {
            return everyHour ? "every minute" : "every minute during " + hourRanges(hs);
        }
        if (minuteStep != null && ms.get(0) == 0) {
            String each = "every " + minuteStep + " minutes";
            return everyHour ? each : each + " during " + hourRanges(hs);
        }
        if (ms.size() == 1 && everyHour) {
            return ms.get(0) == 0 ? "every hour, on the hour" : "every hour at minute " + ms.get(0);
        }
        if (ms.size() == 1 && hourStep != null && hourStep > 1 && hs.get(0) == 0) {
            return "every " + hourStep + " hours at minute " + ms.get(0);
        }
        if (ms.size() * hs.size() <= 6) {
            List<String> times = new ArrayList<>();
            for (int h : hs) {
                for (int m : ms) {
                    times.add(String.format("%02d:%02d", h, m));
                }
            }
            return "at " + join(times);
        }
        return "at minute " + ranges(ms, null) + " " + (everyHour ? "of every hour" : "past " + hourRanges(hs));
    }

    private static String hourRanges(List<Integer> hs) {
        return (hs.size() == 1 ? "hour " : "hours ") + ranges(hs, null);
    }

    private static String days(long dom, long dow) {
        boolean domAll = (dom & CronField.STAR) != 0 && isAll(dom, CronField.DAY_OF_MONTH);
        boolean dowAll = (dow & CronField.STAR) != 0 && isAll(dow, CronField.DAY_OF_WEEK);
        String domText = "on day" + (list(dom, CronField.DAY_OF_MONTH).size() == 1 ? " " : "s ")
                + ranges(list(dom, CronField.DAY_OF_MONTH), null) + " of the month";
        String dowText = list(dow, CronField.DAY_OF_WEEK, DAYS);
        boolean starred = (dom & CronField.STAR) != 0 || (dow & CronField.STAR) != 0;
        if (domAll && dowAll) {
            return "";
        }
        if (domAll || isAll(dom, CronField.DAY_OF_MONTH) && (dom & CronField.STAR) != 0) {
            return dowText;
        }
        if (dowAll) {
            return domText;
        }
        // Neither is a star: robfig fires when either matches, unlike "both" for a star
        return starred ? domText + " if " + dowText : domText + " or " + (dowText.startsWith("on ") ? "" : "on ")
                + dowText;
    }

    private static String list(long bits, CronField field, String[] names) {
        return ranges(list(bits, field), names);
    }

    private static String ranges(List<Integer> values, String[] names) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            int j = i;
            while (j + 1 < values.size() && values.get(j + 1) == values.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(name(values.get(i), names) + " to " + name(values.get(j), names));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(name(values.get(k), names));
                }
            }
            i = j + 1;
        }
        return join(parts);
    }

    private static String name(int v, String[] names) {
        return names == null ? Integer.toString(v) : names[v];
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The common step of an arithmetic sequence that runs to the end of the field, or null. */
    private static Integer step(List<Integer> values, int size) {
        if (values.size() < 2) {
            return null;
        }
        int step = values.get(1) - values.get(0);
        for (int i = 2; i < values.size(); i++) {
            if (values.get(i) - values.get(i - 1) != step) {
                return null;
            }
        }
        return values.get(values.size() - 1) + step >= size ? step : null;
    }

    private static List<Integer> list(long bits, CronField field) {
        List<Integer> out = new ArrayList<>();
        for (int v = field.min; v <= field.max; v++) {
            if (CronField.has(bits, v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static long values(long bits, CronField field) {
        return bits & CronField.bits(field.min, field.max, 1);
    }

    private static boolean isAll(long bits, CronField field) {
        return values(bits, field) == CronField.bits(field.min, field.max, 1);
    }
}
