package dev.orrery.designer.props;

import dev.orrery.core.cron.CronException;
import dev.orrery.core.cron.CronExpression;
import dev.orrery.core.cron.Timezones;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.designer.doc.DesignDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;

/**
 * The "Schedule" section of the pipeline's sheet: every CronWorkflow field, each change one undo
 * step. Typing a first expression gives the pipeline a schedule (it then exports as a
 * CronWorkflow); clearing them all removes it. {@link SchedulePreview} shows, as one types, each
 * expression's reading and next firing times in the chosen timezone.
 */
final class ScheduleSection {
    private final DesignDocument doc;
    private final BiConsumer<String, Consumer<Pipeline>> edit;
    private final List<Field> scheduleFields = new ArrayList<>();

    private ScheduleSection(DesignDocument doc, BiConsumer<String, Consumer<Pipeline>> edit) {
        this.doc = doc;
        this.edit = edit;
    }

    static void addTo(Form form, DesignDocument doc, BiConsumer<String, Consumer<Pipeline>> edit) {
        new ScheduleSection(doc, edit).build(form);
    }

    private void build(Form form) {
        form.section("Schedule");
        Field crons = form.area("Schedules", "prop-schedules", 2,
                () -> s() == null ? "" : String.join("\n", s().crons), ScheduleSection::cronsProblem,
                v -> edit.accept(v.isBlank() ? "Remove schedule" : "Set schedules", x -> {
                    List<String> lines = lines(v);
                    if (lines.isEmpty()) {
                        x.setSchedule(null);
                    } else {
                        Schedule s = x.schedule == null ? new Schedule() : x.schedule;
                        s.crons = new ArrayList<>(lines);
                        x.setSchedule(s);
                    }
                }));
        Field zone = scheduled(form.text("Timezone", "prop-timezone", () -> orEmpty(s() == null ? null : s().timezone),
                v -> v.isBlank() || Timezones.isKnown(v.trim()) ? null
                        : "not a timezone: use an IANA name such as Europe/Berlin",
                v -> set("Set timezone", s -> s.timezone = blankToNull(v))));
        form.note("One expression a line: five fields (minute hour day month weekday), @daily, @every 1h30m…;"
                + " empty timezone: the controller's (UTC)");
        SchedulePreview preview = new SchedulePreview(crons.input(), zone.input());
        form.wide(preview.node());
        form.refreshing(preview::update);
        scheduled(form.text("Concurrency", "prop-concurrency",
                () -> orEmpty(s() == null ? null : s().concurrencyPolicy),
                v -> v.isBlank() || Schedule.CONCURRENCY_POLICIES.contains(v.trim()) ? null : "Allow, Forbid or Replace",
                v -> set("Set concurrency policy", s -> s.concurrencyPolicy = blankToNull(v))));
        scheduled(number(form, "Starting deadline (s)", "prop-starting-deadline", s -> s.startingDeadlineSeconds,
                (s, n) -> s.startingDeadlineSeconds = n));
        scheduled(number(form, "Keep succeeded runs", "prop-successful-history", s -> s.successfulJobsHistoryLimit,
                (s, n) -> s.successfulJobsHistoryLimit = n));
        scheduled(number(form, "Keep failed runs", "prop-failed-history", s -> s.failedJobsHistoryLimit,
                (s, n) -> s.failedJobsHistoryLimit = n));
        scheduled(form.text("Run only when", "prop-when", () -> orEmpty(s() == null ? null : s().when), Form::none,
                v -> set("Set schedule condition", s -> s.when = blankToNull(v))));
        scheduled(form.text("Stop when", "prop-stop-expression",
                () -> orEmpty(s() == null ? null : s().stopExpression), Form::none,
                v -> set("Set stop condition", s -> s.stopExpression = blankToNull(v))));
        CheckBox suspend = new CheckBox("Suspended (no new runs)");
        suspend.setId("prop-suspend");
        suspend.setOnAction(e -> set(suspend.isSelected() ? "Suspend schedule" : "Resume schedule",
                s -> s.suspend = suspend.isSelected() ? Boolean.TRUE : null));
        form.custom("", suspend);
        form.refreshing(() -> {
            suspend.setSelected(s() != null && Boolean.TRUE.equals(s().suspend));
            suspend.setDisable(s() == null);
            scheduleFields.forEach(f -> f.input().setDisable(s() == null));
        });
    }

    private Field number(Form form, String label, String id, Function<Schedule, Long> read,
            BiConsumer<Schedule, Long> write) {
        return form.text(label, id, () -> s() == null || read.apply(s()) == null ? "" : read.apply(s()).toString(),
                v -> v.isBlank() || v.trim().matches("\\d{1,9}") ? null : "a whole number, 0 or more",
                v -> set("Set " + label.toLowerCase(java.util.Locale.ROOT),
                        s -> write.accept(s, v.isBlank() ? null : Long.parseLong(v.trim()))));
    }

    /** A field that only makes sense with a schedule: disabled without one. */
    private Field scheduled(Field f) {
        scheduleFields.add(f);
        f.input().setDisable(s() == null);
        return f;
    }

    private void set(String description, Consumer<Schedule> change) {
        if (s() != null) {
            edit.accept(description, x -> change.accept(x.schedule));
        }
    }

    private Schedule s() {
        return doc.pipeline().schedule;
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String cronsProblem(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            try {
                CronExpression.parse(lines.get(i));
            } catch (CronException e) {
                return (lines.size() > 1 ? "line " + (i + 1) + ": " : "") + e.getMessage();
            }
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String v) {
        return v.isBlank() ? null : v.trim();
    }
}
