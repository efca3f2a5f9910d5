package dev.orrery.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Which metrics the comparison shows: a menu of every metric the runs reported, each with a tick box
 * (the menu stays open while ticking), and "Show all" / "Show none". When the runs change, a metric the
 * user hid stays hidden and a metric not seen before is shown. Reports the chosen keys in the
 * comparison's order.
 */
final class MetricChooser extends MenuButton {
    private final Set<String> hidden = new LinkedHashSet<>();
    private List<String> all = List.of();
    private Consumer<List<String>> onChange = chosen -> {
    };

    MetricChooser() {
        super("Metrics", new FontIcon("mdi2c-chart-box-outline"));
        setId("compare-metrics");
    }

    void setOnChange(Consumer<List<String>> onChange) {
        this.onChange = onChange;
    }

    /** The metrics to offer (every metric of the runs, in the comparison's order). */
    void offer(List<String> metrics) {
        all = List.copyOf(metrics);
        hidden.retainAll(all);
        rebuild();
    }

    /** The chosen metrics, in the comparison's order. */
    List<String> chosen() {
        return all.stream().filter(m -> !hidden.contains(m)).toList();
    }

    /** Shows exactly these metrics (the rest hidden), as ticking them does. */
    void choose(List<String> metrics) {
        hidden.clear();
        all.stream().filter(m -> !metrics.contains(m)).forEach(hidden::add);
        rebuild();
        onChange.accept(chosen());
    }

    private void rebuild() {
        List<MenuItem> items = new ArrayList<>();
        MenuItem showAll = new MenuItem("Show all");
        showAll.setId("compare-metrics-all");
        showAll.setOnAction(e -> choose(all));
        MenuItem showNone = new MenuItem("Show none");
        showNone.setId("compare-metrics-none");
        showNone.setOnAction(e -> choose(List.of()));
        items.add(showAll);
        items.add(showNone);
        items.add(new SeparatorMenuItem());
        for (String m : all) {
            CheckBox box = new CheckBox(m);
            box.setId("compare-metric-" + m);
            box.setSelected(!hidden.contains(m));
            box.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    hidden.remove(m);
                } else {
                    hidden.add(m);
                }
                updateText();
                onChange.accept(chosen());
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            items.add(item);
        }
        getItems().setAll(items);
        setDisable(all.isEmpty());
        updateText();
    }

    private void updateText() {
        int shown = all.size() - hidden.size();
        setText(all.isEmpty() ? "No metrics" : shown == all.size() ? "Metrics: all " + all.size()
                : "Metrics: " + shown + " of " + all.size());
    }
}
