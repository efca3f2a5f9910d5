package dev.orrery.app.monitor;

import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.Runtime;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.scene.control.TabPane;

/**
 * The monitor as tests, tools (screenshots) and benchmarks read and drive it, kept apart from {@link
 * MonitorPane}'s own API: answering its dialogs without a person, pointing it at a kubeconfig, and
 * reading what it shows. Its public part is what code outside the package needs (window tests in
 * the shell, the monitor benchmark); the rest is for the package's own tests. FX thread, as the pane.
 */
public final class MonitorProbe {
    private final Parts parts;

    /** The pane's parts the probe reaches; made by {@link MonitorPane#probe()}. */
    record Parts(MonitorSources sources, RunActions actions, ConnectionBar connection, Banner banner, RunGraph graph,
            TabPane bottom, LogView logs, ArtifactsView artifacts, EdgeDataView edge, RunsTable runs, RunsModel model,
            RunComparer comparer, Consumer<HostRunNotice.Asker> hostNotice) {
    }

    MonitorProbe(Parts parts) {
        this.parts = parts;
    }

    /** The runtime of "This computer", once it has started. */
    public CompletableFuture<Runtime> localRuntime() {
        return parts.sources().local();
    }

    /** Replaces the notice before a local run with steps that name images (tools answer it at once). */
    public void setHostRunNotice(HostRunNotice.Asker notice) {
        parts.hostNotice().accept(notice);
    }

    /** Replaces the confirmation dialogs of stop, delete and the like (title, message → confirmed). */
    public void setConfirmation(BiPredicate<String, String> confirmation) {
        parts.actions().setConfirmation(confirmation);
    }

    public void setKubeconfig(Path file) {
        parts.connection().setKubeconfig(file, parts.banner()::error);
    }

    /** The banner's message now (errors and notices over the monitor), or empty. */
    public String bannerMessage() {
        return parts.banner().message();
    }

    public void selectStep(String step) {
        parts.graph().selectStep(step);
    }

    /** Brings a bottom tab to the front by its id ({@code monitor-tab-logs}, …). */
    public void showBottomTab(String id) {
        parts.bottom().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> parts.bottom().getSelectionModel().select(t));
    }

    /** The run's graph. */
    public GraphCanvas canvas() {
        return parts.graph().canvas();
    }

    /** The text in the log view now. */
    public String logText() {
        return parts.logs().area().getText();
    }

    /** How many runs the runs table knows. */
    public int runCount() {
        return parts.model().runs().size();
    }

    public void focusRunsTable() {
        parts.runs().table().requestFocus();
    }

    /** Shows a step's log as selecting it does. */
    public void showLog(Runtime runtime, RunRef run, NodeState node) {
        parts.logs().show(runtime, run, node);
    }

    /** Whether the log shown has ended (the step's output is complete). */
    public boolean logEnded() {
        return parts.logs().ended();
    }

    public long logLinesReceived() {
        return parts.logs().receivedLines();
    }

    /** Lines kept in the log view (older ones are dropped past its limit). */
    public int logLinesShown() {
        return parts.logs().shownLines();
    }

    /** How long the log view's warm-up at start took, in ms; negative while it runs or when it is off. */
    public static long logWarmUpMillis() {
        return LogViewWarmUp.tookMillis();
    }

    /** Selects these runs in the runs table (as Ctrl+clicking them does); those not in the table are skipped. */
    public void selectRuns(java.util.List<RunRef> refs) {
        var selection = parts.runs().table().getSelectionModel();
        selection.clearSelection();
        var items = parts.runs().table().getItems();
        int[] indices = refs.stream().map(r -> parts.model().row(r)).filter(java.util.Objects::nonNull)
                .mapToInt(items::indexOf).filter(i -> i >= 0).toArray();
        if (indices.length > 0) {
            selection.selectIndices(indices[0], java.util.Arrays.copyOfRange(indices, 1, indices.length));
        }
    }

    /** Compares the selected runs as the Compare button does; the window opened, or null when fewer than 2. */
    public dev.orrery.app.compare.ComparisonWindow compareSelected() {
        if (parts.runs().selectedRuns().size() < 2) {
            return null;
        }
        parts.runs().compareButton().fire();
        return parts.comparer().last();
    }

    /** The comparison window opened last, or null. */
    public dev.orrery.app.compare.ComparisonWindow lastComparison() {
        return parts.comparer().last();
    }

    ConnectionBar connectionBar() {
        return parts.connection();
    }

    boolean clusterConnected() {
        return parts.sources().clusterProperty().get() != null;
    }

    LogView logView() {
        return parts.logs();
    }

    ArtifactsView artifactsView() {
        return parts.artifacts();
    }

    EdgeDataView edgeView() {
        return parts.edge();
    }

    RunsTable runsTable() {
        return parts.runs();
    }

    RunGraph runGraph() {
        return parts.graph();
    }

    RunsModel model() {
        return parts.model();
    }
}
