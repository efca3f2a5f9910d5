package dev.orrery.app.shell;

import dev.orrery.app.monitor.MonitorPane;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.designer.Designer;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.PipelineChecker;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The designer window: palette left, Design / YAML / Problems tabs in the middle, properties right,
 * menus and status bar. It wires the kit's parts; the parts themselves only watch the document.
 */
public final class MainWindow {
    private final Stage stage;
    private final Designer designer;
    private final DesignDocument doc;
    private final FileActions files;
    private final Theme theme;
    private final TabPane tabs = new TabPane();
    private final Tab designTab;
    private final Tab yamlTab;
    private final Tab problemsTab;
    private final StatusBar status;
    private final MonitorPane monitor;
    private final Tab monitorTab;
    private final UndoRouting undo;
    private final FileChoosers choosers;
    private final DesignerTestEvents testEvents;
    private final CompareAction compare;
    private final SplitPane split;

    /** Where the canvas ends and the property sheet starts (the sheet also has a minimum width). */
    private static final double SHEET_DIVIDER = 0.70;

    public MainWindow(Stage stage) {
        this(stage, Preferences.userRoot().node("dev/orrery/app"), PipelineChecker.VALIDATOR);
    }

    public MainWindow(Stage stage, Preferences prefs, PipelineChecker checker) {
        this(stage, prefs, checker, dev.orrery.runtime.local.LocalRuntime::new);
    }

    /** {@code localRuntime} makes the runtime of "This computer" (called once, off the FX thread). */
    public MainWindow(Stage stage, Preferences prefs, PipelineChecker checker,
            Supplier<? extends dev.orrery.runtime.Runtime> localRuntime) {
        this.stage = stage;
        this.theme = new Theme(prefs);
        this.designer = new Designer(SamplePipeline.blank(), checker);
        this.doc = designer.document();
        this.files = new FileActions(designer, checker, new RecentFiles(prefs), Prompts.dialogs(stage));
        this.choosers = new FileChoosers(prefs, stage);
        files.setSaveAsChooser(() -> choosers.save("Save pipeline", suggestedName()));

        designTab = new Tab("Design", designer.canvas());
        yamlTab = new Tab("YAML", designer.yaml());
        problemsTab = new Tab();
        problemsTab.setContent(designer.problemsView());
        problemsTab.textProperty().bind(Bindings.size(designer.problems().all()).asString("Problems (%d)"));
        designTab.setId("tab-design");
        yamlTab.setId("tab-yaml");
        problemsTab.setId("tab-problems");
        monitor = new MonitorPane(localRuntime, () -> doc.pipeline().copy());
        monitorTab = new Tab("Monitor", monitor);
        testEvents = new DesignerTestEvents(this, monitor);
        designer.setTestEvents(testEvents);
        monitorTab.setId("tab-monitor");
        tabs.getTabs().addAll(designTab, yamlTab, problemsTab, monitorTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        designer.yaml().activeProperty().bind(yamlTab.selectedProperty());
        doc.selection().revealProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(designTab));
        // a trigger is selected on the canvas or from a finding in the Problems tab: show it
        doc.selection().triggerProperty().addListener((o, a, b) -> {
            if (b != null) {
                tabs.getSelectionModel().select(designTab);
            }
        });

        split = new SplitPane(designer.palette(), tabs, designer.properties());
        split.setDividerPositions(0.15, SHEET_DIVIDER);
        SplitPane.setResizableWithParent(designer.palette(), false);
        SplitPane.setResizableWithParent(designer.properties(), false);
        // the monitor needs the width; the palette and properties only serve the designer tabs
        monitorTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                split.getItems().setAll(tabs);
            } else {
                split.getItems().setAll(designer.palette(), tabs, sidePanel());
                split.setDividerPositions(0.15, SHEET_DIVIDER);
            }
        });
        status = new StatusBar(designer, monitor.statusTextProperty(), monitorTab.selectedProperty());
        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(new MenuFactory(this).menuBar()));
        root.setBottom(status);
        root.setId("main-window");
        Scene scene = new Scene(root, 1400, 860);
        scene.getStylesheets().addAll(Designer.STYLESHEET, MonitorPane.STYLESHEET);
        designer.canvas().darkProperty().bind(theme.darkProperty());
        stage.setScene(scene);
        undo = UndoRouting.install(scene, doc.jobs(), designer.compare()::isActive);
        compare = new CompareAction(designer, files, choosers, stage);
        designer.compare().viewProperty().addListener((o, was, now) -> showComparison(now));
        TabFocus.install(tabs, java.util.Map.of(designTab, designer::canvas, yamlTab, designer.yaml()::area,
                problemsTab, designer::problemsView, monitorTab, () -> monitor));
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Path f = doc.fileProperty().get();
            String name = f == null ? doc.pipeline().displayName() : f.getFileName().toString();
            return (doc.isModified() ? "• " : "") + name + " — Orrery";
        }, doc.fileProperty(), doc.revisionProperty(), doc.modifiedBinding()));
        stage.setOnCloseRequest(e -> {
            if (doc.isModified()) {
                e.consume();
                files.confirmDiscard().thenAccept(ok -> {
                    if (ok) {
                        close();
                    }
                });
            } else {
                designer.shutdown();
                monitor.shutdown();
                testEvents.shutdown();
            }
        });
    }

    /** Shows the sample ML pipeline, as at start without a file. */
    public void openSample() {
        files.loadNew(SamplePipeline.load());
    }

    public CompletableFuture<Boolean> open(Path file) {
        return files.open(file);
    }

    public void close() {
        designer.shutdown();
        monitor.shutdown();
        testEvents.shutdown();
        stage.close();
    }

    /** Right of the tabs: the property sheet, or while comparing the list of changes. */
    private Node sidePanel() {
        var view = designer.compare().viewProperty().get();
        return view != null ? view.changes() : designer.properties();
    }

    /** Puts a comparison in place of the canvas and its change list in place of the sheet; null puts them back. */
    private void showComparison(dev.orrery.designer.compare.ComparisonView view) {
        designTab.setContent(view != null ? view : designer.canvas());
        yamlTab.setDisable(view != null);
        int side = split.getItems().size() - 1;
        if (side > 0) {
            double[] dividers = split.getDividerPositions();
            SplitPane.setResizableWithParent(sidePanel(), false);
            split.getItems().set(side, sidePanel());
            split.setDividerPositions(dividers);
        }
        if (view != null) {
            tabs.getSelectionModel().select(designTab);
            view.canvas().requestFocus();
        } else {
            designer.canvas().requestFocus();
        }
    }

    /** Whether a comparison is shown (editing is off meanwhile). */
    javafx.beans.binding.BooleanBinding comparing() {
        return designer.compare().viewProperty().isNotNull();
    }

    // ---- actions used by the menus -------------------------------------------------------------

    /** File ▸ Compare With…: the open file's revisions or another file. */
    CompletableFuture<CompareDialog> compareWith() {
        return compare.start();
    }

    CompareAction compareAction() {
        return compare;
    }

    void newBlank() {
        files.newDocument(SamplePipeline::blank);
    }

    void newFromTemplate() {
        files.newDocument(SamplePipeline::build);
    }

    void openChosen() {
        choosers.open("Open pipeline").ifPresent(files::open);
    }

    void openRecent(Path file) {
        files.open(file);
    }

    void save() {
        files.saveOrAsk();
    }

    void saveAs() {
        choosers.save("Save pipeline as", suggestedName()).ifPresent(files::saveTo);
    }

    /** Save As keeps an opened file's format, so it suggests that file's name; a new pipeline is native. */
    private String suggestedName() {
        java.nio.file.Path file = doc.fileProperty().get();
        return file != null && doc.sourceProperty().get() != null ? file.getFileName().toString()
                : "pipeline.orrery.yaml";
    }

    /** Checks first: a pipeline with errors is refused before the user picks a file. */
    CompletableFuture<Boolean> exportArgo(ArgoKind kind) {
        return files.exportArgo(() -> choosers.save("Export as Argo " + kind.kind(),
                doc.pipeline().displayName() + ".yaml"), kind);
    }

    void exportPng() {
        choosers.save("Export diagram as PNG", doc.pipeline().displayName() + ".png",
                new FileChooser.ExtensionFilter("PNG image", "*.png")).ifPresent(files::exportPng);
    }

    void exportSvg() {
        choosers.save("Export diagram as SVG", doc.pipeline().displayName() + ".svg",
                new FileChooser.ExtensionFilter("SVG image", "*.svg")).ifPresent(files::exportSvg);
    }

    /** Runs the open pipeline on this computer and shows the run in the monitor. */
    void runOnThisComputer() {
        showTab("tab-monitor");
        monitor.runOnThisComputer(doc.pipeline().copy());
    }

    void submitToCluster() {
        showTab("tab-monitor");
        monitor.submitToCluster(doc.pipeline().copy());
    }

    /** Asks for the open pipeline's parameter values, then runs it here or on the connected cluster. */
    void runWithParameters(boolean local) {
        if (monitor.submitWithParameters(doc.pipeline().copy(), local).isPresent()) {
            showTab("tab-monitor");
        }
    }

    /** Edit ▸ Undo: the focused field's own typing first, else the last edit of the document. */
    void undo() {
        undo.undo();
    }

    void redo() {
        undo.redo();
    }

    void autoLayout() {
        designer.layout().layoutAll(doc).thenRun(designer.canvas()::fit);
    }

    /** Splits every DAG of more than 200 tasks into nested DAGs (one undo step); says what it did below. */
    void splitLargeDags() {
        designer.splitLargeDags().run().thenAccept(status.message::setText);
    }

    /** Runs a canvas command unless the user is typing in a text field (then the field gets the key). */
    void onCanvas(Runnable command, java.util.function.Consumer<TextInputControl> inText) {
        Node focus = stage.getScene().getFocusOwner();
        if (focus instanceof TextInputControl t) {
            inText.accept(t);
        } else if (focus != null && isInside(focus, designer.yaml())) {
            return;
        } else {
            command.run();
        }
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- for the shell's tests and tools -------------------------------------------------------

    public Designer designer() {
        return designer;
    }

    /** Brings the Monitor tab to the front. */
    public void showMonitor() {
        showTab("tab-monitor");
    }

    public MonitorPane monitor() {
        return monitor;
    }

    FileActions files() {
        return files;
    }

    FileChoosers choosers() {
        return choosers;
    }

    Theme theme() {
        return theme;
    }

    TabPane tabs() {
        return tabs;
    }

    Stage stage() {
        return stage;
    }

    void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
