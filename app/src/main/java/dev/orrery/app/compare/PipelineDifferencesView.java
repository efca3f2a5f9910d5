package dev.orrery.app.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/**
 * What differs between the pipelines the runs ran: a headline ({@link PipelineVersions#headline()}) and,
 * per version after the first, its changes against the first grouped as {@code orrery diff} groups
 * them. Same version: the headline says so and the list is empty.
 */
final class PipelineDifferencesView extends BorderPane {
    private final Label headline = new Label("Reading the runs' pipelines…");
    private final ListView<ChangeLines.Line> list = new ListView<>();

    PipelineDifferencesView() {
        setId("compare-pipeline");
        getStyleClass().add("compare-pipeline");
        headline.setId("compare-pipeline-headline");
        headline.getStyleClass().add("compare-pipeline-headline");
        headline.setWrapText(true);
        headline.setPadding(new Insets(6, 8, 6, 8));
        list.setId("compare-pipeline-changes");
        list.setPlaceholder(new Label("No differences"));
        list.setCellFactory(v -> new LineCell());
        setTop(headline);
        setCenter(list);
    }

    void showReading() {
        headline.setText("Reading the runs' pipelines…");
        list.getItems().clear();
    }

    void showNote(String message) {
        headline.setText(message);
        list.getItems().clear();
    }

    void show(PipelineVersions versions) {
        headline.setText(versions.headline());
        list.getItems().setAll(lines(versions));
    }

    /** The list's lines: per version after the first, a heading and its grouped changes. */
    static List<ChangeLines.Line> lines(PipelineVersions versions) {
        List<ChangeLines.Line> out = new ArrayList<>();
        if (versions.versions().size() < 2) {
            return out;
        }
        String base = versions.versions().get(0).firstRun();
        for (PipelineVersions.Version v : versions.versions().subList(1, versions.versions().size())) {
            int others = v.runs().size() - 1;
            out.add(new ChangeLines.Line(ChangeLines.Kind.VERSION, ' ', "Run " + v.firstRun()
                    + (others > 0 ? " (and " + others + " more " + (others == 1 ? "run" : "runs") + ")" : "") + ": "
                    + PipelineVersions.changes(v.changes().changes().size()) + " against run " + base));
            out.addAll(ChangeLines.of(v.changes().changes()));
        }
        if (versions.more() > 0) {
            out.add(new ChangeLines.Line(ChangeLines.Kind.VERSION, ' ', versions.more() + " more versions not listed"));
        }
        if (!versions.unknown().isEmpty()) {
            out.add(new ChangeLines.Line(ChangeLines.Kind.VERSION, ' ', "Pipeline not known for "
                    + versions.unknown().size() + (versions.unknown().size() == 1 ? " run" : " runs")));
        }
        return out;
    }

    ListView<ChangeLines.Line> list() {
        return list;
    }

    Label headline() {
        return headline;
    }

    private static final class LineCell extends ListCell<ChangeLines.Line> {
        @Override
        protected void updateItem(ChangeLines.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("change-version", "change-section", "change-line");
            if (empty || line == null) {
                setText(null);
                return;
            }
            switch (line.kind()) {
                case VERSION -> {
                    getStyleClass().add("change-version");
                    setText(line.text());
                }
                case SECTION -> {
                    getStyleClass().add("change-section");
                    setText("  " + line.text());
                }
                case CHANGE -> {
                    getStyleClass().add("change-line");
                    setText("      " + line.mark() + " " + line.text());
                }
            }
        }
    }
}
