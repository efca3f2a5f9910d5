package dev.orrery.designer.props;

import dev.orrery.core.cron.CronException;
import dev.orrery.core.cron.CronExpression;
import dev.orrery.core.cron.Timezones;
import dev.orrery.designer.doc.DesignerThreads;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * Each schedule's plain-language reading and next firing times, from what is typed (not yet
 * committed). Computed on a background thread; a newer request supersedes an older one.
 */
final class SchedulePreview {
    static final int COUNT = 10;
    private static final ExecutorService WORKER = DesignerThreads.single("schedule-preview");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm (xxx)",
            Locale.ENGLISH);

    private final TextInputControl crons;
    private final TextInputControl zone;
    private final VBox box = new VBox(4);
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    SchedulePreview(TextInputControl crons, TextInputControl zone) {
        this(crons, zone, Clock.systemUTC());
    }

    SchedulePreview(TextInputControl crons, TextInputControl zone, Clock clock) {
        this.crons = crons;
        this.zone = zone;
        this.clock = clock;
        box.setId("schedule-preview");
        box.getStyleClass().add("schedule-preview");
        crons.textProperty().addListener((o, a, b) -> update());
        zone.textProperty().addListener((o, a, b) -> update());
        update();
    }

    Node node() {
        return box;
    }

    void update() {
        long mine = generation.incrementAndGet();
        String cronText = crons.getText() == null ? "" : crons.getText();
        String zoneText = zone.getText() == null ? "" : zone.getText().trim();
        ZonedDateTime now = ZonedDateTime.now(clock);
        WORKER.execute(() -> {
            List<Entry> entries = compute(cronText, zoneText, now);
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    show(entries);
                }
            });
        });
    }

    private record Entry(String cron, String reading, List<String> times, boolean problem) {
    }

    private static List<Entry> compute(String cronText, String zoneText, ZonedDateTime now) {
        List<Entry> out = new ArrayList<>();
        ZoneId zoneId = Timezones.isKnown(zoneText) ? Timezones.zoneOf(zoneText) : null;
        for (String cron : ScheduleSection.lines(cronText)) {
            try {
                CronExpression e = CronExpression.parse(cron);
                if (zoneId == null && e.zonePrefix().isEmpty()) {
                    out.add(new Entry(cron, e.reading(), List.of(), false));
                    continue;
                }
                List<String> times = e.next(now, zoneId == null ? java.time.ZoneOffset.UTC : zoneId, COUNT).stream()
                        .map(SHOWN::format).toList();
                out.add(new Entry(cron, e.reading() + (times.isEmpty() ? " — never fires" : ""), times, false));
            } catch (CronException ex) {
                out.add(new Entry(cron, ex.getMessage(), List.of(), true));
            }
        }
        return out;
    }

    private void show(List<Entry> entries) {
        box.getChildren().clear();
        for (Entry e : entries) {
            Label reading = new Label(e.cron + " — " + e.reading);
            reading.setWrapText(true);
            reading.getStyleClass().add(e.problem ? "field-message" : "schedule-reading");
            box.getChildren().add(reading);
            if (!e.times.isEmpty()) {
                Label times = new Label(String.join("\n", e.times));
                times.getStyleClass().addAll("mono", "schedule-times");
                box.getChildren().add(times);
            }
        }
    }
}
