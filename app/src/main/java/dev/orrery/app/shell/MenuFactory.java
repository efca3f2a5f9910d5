package dev.orrery.app.shell;

import dev.orrery.core.model.ArgoKind;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The window's menus and their keyboard shortcuts. */
final class MenuFactory {
    private final MainWindow w;
    private final DesignDocument doc;

    MenuFactory(MainWindow window) {
        this.w = window;
        this.doc = window.designer().document();
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), run());
        bar.getMenus().add(new HelpMenu(w).menu(bar));
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : w.files().recent().list()) {
                recent.getItems().add(item(p.toString(), null, a -> w.openRecent(p)));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("No recent files"));
        Menu export = new Menu("Export Argo YAML as");
        export.getItems().addAll(
                item("Workflow…", null, e -> w.exportArgo(ArgoKind.WORKFLOW)),
                item("WorkflowTemplate…", null, e -> w.exportArgo(ArgoKind.WORKFLOW_TEMPLATE)),
                item("CronWorkflow…", null, e -> w.exportArgo(ArgoKind.CRON_WORKFLOW)));
        return new Menu("File", null,
                item("New", "Shortcut+N", e -> w.newBlank()),
                item("New from ML Training Template", null, e -> w.newFromTemplate()),
                item("Open…", "Shortcut+O", e -> w.openChosen()),
                recent,
                compare(),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", e -> w.save()),
                item("Save As…", "Shortcut+Shift+S", e -> w.saveAs()),
                new SeparatorMenuItem(),
                item("Import Argo YAML…", "Shortcut+I", e -> w.openChosen()),
                item("Export Argo YAML…", "Shortcut+E", e -> w.exportArgo(doc.pipeline().argoKind)),
                export,
                item("Export Diagram as PNG…", null, e -> w.exportPng()),
                item("Export Diagram as SVG…", null, e -> w.exportSvg()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", e -> w.stage().fireEvent(new javafx.stage.WindowEvent(w.stage(),
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
    }

    private MenuItem compare() {
        MenuItem compare = item("Compare With…", null, e -> w.compareWith());
        compare.setId("menu-compare");
        return compare;
    }

    private Menu edit() {
        var canvas = w.designer().canvas();
        MenuItem undo = item("Undo", "Shortcut+Z", e -> w.undo());
        undo.getProperties().put(ShortcutList.HELP_NAME, "Undo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> {
            String d = doc.jobs().undoDescriptionProperty().get();
            return d.isEmpty() ? "Undo" : "Undo " + d;
        }, doc.jobs().undoDescriptionProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", e -> w.redo());
        redo.getProperties().put(ShortcutList.HELP_NAME, "Redo");
        redo.textProperty().bind(Bindings.createStringBinding(() -> {
            String d = doc.jobs().redoDescriptionProperty().get();
            return d.isEmpty() ? "Redo" : "Redo " + d;
        }, doc.jobs().redoDescriptionProperty()));
        MenuItem paste = item("Paste", "Shortcut+V", e -> w.onCanvas(canvas::paste, t -> t.paste()));
        MenuItem delete = item("Delete", "Delete", e -> w.onCanvas(canvas::deleteSelection, t -> t.deleteNextChar()));
        MenuItem split = splitDags();
        // a comparison is read-only: nothing here may edit the document meanwhile
        for (MenuItem m : new MenuItem[] {undo, redo, paste, delete, split}) {
            m.disableProperty().bind(w.comparing());
        }
        return new Menu("Edit", null, undo, redo,
                new SeparatorMenuItem(),
                item("Copy", "Shortcut+C", e -> w.onCanvas(canvas::copySelection, t -> t.copy())),
                paste,
                delete,
                item("Select All", "Shortcut+A", e -> w.onCanvas(canvas::selectAll, t -> t.selectAll())),
                new SeparatorMenuItem(),
                split);
    }

    private MenuItem splitDags() {
        MenuItem split = item("Split Large DAGs", null, e -> w.splitLargeDags());
        split.setId("menu-split-dags");
        return split;
    }

    private Menu view() {
        var canvas = w.designer().canvas();
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(w.theme().darkProperty());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        return new Menu("View", null,
                item("Fit to Window", "Shortcut+0", e -> canvas.fit()),
                item("Actual Size (100%)", "Shortcut+1", e -> canvas.actualSize()),
                item("Zoom In", "Shortcut+Equals", e -> canvas.zoomBy(1.25)),
                item("Zoom Out", "Shortcut+Minus", e -> canvas.zoomBy(0.8)),
                new SeparatorMenuItem(),
                autoLayout(),
                item("Expand / Collapse Group", "Shortcut+G", e -> canvas.toggleSelectedGroups()),
                new SeparatorMenuItem(),
                item("Design", "Shortcut+F1", e -> w.showTab("tab-design")),
                item("YAML", "Shortcut+F2", e -> w.showTab("tab-yaml")),
                item("Problems", "Shortcut+F3", e -> w.showTab("tab-problems")),
                new SeparatorMenuItem(),
                dark);
    }

    private MenuItem autoLayout() {
        MenuItem layout = item("Auto Layout", "Shortcut+L", e -> w.autoLayout());
        layout.disableProperty().bind(w.comparing());
        return layout;
    }

    private Menu run() {
        MenuItem local = item("Run on This Computer", "F5", e -> w.runOnThisComputer());
        local.setId("menu-run-local");
        MenuItem cluster = item("Submit to Connected Cluster", "Shift+F5", e -> w.submitToCluster());
        cluster.setId("menu-run-cluster");
        MenuItem localAsking = item("Run on This Computer with Parameters…", "Shortcut+F5", e -> w.runWithParameters(true));
        localAsking.setId("menu-run-local-parameters");
        MenuItem clusterAsking = item("Submit to Connected Cluster with Parameters…", "Shortcut+Shift+F5",
                e -> w.runWithParameters(false));
        clusterAsking.setId("menu-run-cluster-parameters");
        return new Menu("Run", null, local, localAsking, cluster, clusterAsking, new SeparatorMenuItem(),
                item("Monitor", "Shortcut+F4", e -> w.showTab("tab-monitor")));
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(action);
        return m;
    }
}
