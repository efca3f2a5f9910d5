package dev.orrery.app.monitor;

import dev.orrery.core.model.Pipeline;
import dev.orrery.core.text.Counts;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.argo.ArgoRuntime;
import dev.orrery.runtime.local.ContainerMode;
import dev.orrery.runtime.local.HostSteps;
import dev.orrery.runtime.local.LocalRuntime;
import dev.orrery.runtime.argo.ConnectionOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The monitor: where runs are watched (this computer and a cluster), the runs table, the selected
 * run's graph with live phases, and the selected step's details, log and the run's artifacts. It
 * wires the parts; each part only shows what it is given. FX thread only; runtime calls go through
 * {@link MonitorThreads}.
 */
public final class MonitorPane extends BorderPane {
    public static final String STYLESHEET = MonitorPane.class.getResource("monitor.css").toExternalForm();

    private final MonitorThreads threads = new MonitorThreads();
    private final RunsModel model = new RunsModel();
    private final MonitorSources sources;
    private final Supplier<Pipeline> openPipeline;
    private final Function<ConnectionOptions, Runtime> clusterFactory;
    private final Banner banner = new Banner();
    private final ConnectionBar connection;
    private final RunsTable runs;
    private final RunGraph graph;
    private final NodeDetails details = new NodeDetails();
    private final LogView logs;
    private final ArtifactsView artifacts;
    private final EdgeDataView edge;
    private final SweepTable sweep;
    private final RunActions actions;
    private final RunComparer comparer;
    private final TabPane bottom = new TabPane();
    private final ReadOnlyObjectWrapper<RunState> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private RunRef selectedRef;
    private HostRunNotice.Asker hostNotice = HostRunNotice.DIALOG;
    private String logKey;
    private boolean selecting;

    /**
     * @param localFactory makes the local runtime (called once, off the FX thread)
     * @param openPipeline a copy of the designer's open pipeline, for "submit"
     */
    public MonitorPane(Supplier<? extends Runtime> localFactory, Supplier<Pipeline> openPipeline) {
        this(localFactory, openPipeline, ArgoRuntime::new);
    }

    public MonitorPane(Supplier<? extends Runtime> localFactory, Supplier<Pipeline> openPipeline,
            Function<ConnectionOptions, Runtime> clusterFactory) {
        this.openPipeline = openPipeline;
        this.clusterFactory = clusterFactory;
        setId("monitor");
        getStyleClass().add("monitor");
        sources = new MonitorSources(threads, model, localFactory);
        sources.setOnProblem(m -> {
            if (m == null) {
                banner.clear();
            } else {
                banner.error(m);
            }
        });
        connection = new ConnectionBar(threads, this::connect, this::disconnect, banner::error);
        runs = new RunsTable(model.runs());
        graph = new RunGraph(threads, banner::error);
        logs = new LogView(threads, banner::error);
        artifacts = new ArtifactsView(threads, r -> sources.require(r.ref()), banner::error);
        edge = new EdgeDataView(threads, r -> sources.require(r.ref()), banner::error);
        comparer = new RunComparer(threads, sources::runtimeOf, () -> getScene() == null ? null : getScene().getWindow());
        sweep = new SweepTable(threads, banner::error, comparer::compareChildren);
        actions = new RunActions(threads, new ActionsTarget(), MonitorPane::confirmDialog);

        Tab detailsTab = new Tab("Details", details);
        detailsTab.setId("monitor-tab-details");
        Tab logsTab = new Tab("Logs", logs);
        logsTab.setId("monitor-tab-logs");
        Tab artifactsTab = new Tab("Artifacts", artifacts);
        artifactsTab.setId("monitor-tab-artifacts");
        Tab edgeTab = new Tab("Edge", edge);
        edgeTab.setId("monitor-tab-edge");
        Tab sweepTab = new Tab("Sweep", sweep);
        sweepTab.setId("monitor-tab-sweep");
        bottom.getTabs().addAll(detailsTab, logsTab, artifactsTab, edgeTab, sweepTab);
        bottom.getTabs().forEach(t -> t.setClosable(false));
        bottom.setId("monitor-bottom-tabs");

        BorderPane graphPane = new BorderPane(graph);
        graphPane.setTop(actions);
        SplitPane right = new SplitPane(graphPane, bottom);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        SplitPane main = new SplitPane(runs, right);
        main.setDividerPositions(0.40);
        setTop(new VBox(connection, banner));
        setCenter(main);

        runs.table().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!selecting && b != null) {
                selectedRef = b.ref();
                refresh();
            }
        });
        runs.setOnCompare(rows -> comparer.compare(rows.stream().map(r -> {
            RunState newest = model.get(r.ref());
            return newest == null ? r.state() : newest;
        }).toList()));
        model.onBatch(this::refresh);
        model.onTableSync(this::keepTableSelection);
        graph.selectedStepProperty().addListener((o, a, b) -> showStep());
        graph.bindingsProperty().addListener((o, a, b) -> {
            showEdge();
            showSweep(); // the run's graph has loaded: a selected step's loop is known now
        });
        graph.selectedEdgeProperty().addListener((o, a, b) -> {
            showEdge();
            if (b != null) {
                bottom.getSelectionModel().select(edgeTab);
            }
        });
        details.selectedProperty().addListener((o, a, b) -> showLog(b));
        sources.clusterProperty().addListener((o, a, b) -> actions.update(current.get(), b != null));
        model.runs().addListener((ListChangeListener<RunRow>) c -> updateStatusText());
        sources.clusterProperty().addListener((o, a, b) -> updateStatusText());
        updateStatusText();
    }

    /** The monitor's facts for the window's status bar: runs, how many are going, the cluster. */
    private void updateStatusText() {
        long running = model.runs().stream().filter(r -> !r.state().phase().isFinished()).count();
        Runtime cluster = sources.clusterProperty().get();
        statusText.set(Counts.of(model.runs().size(), "run") + (running > 0 ? " (" + running + " running)" : "")
                + " · " + (cluster == null ? "No cluster connected" : "Cluster: " + cluster.displayName()));
    }

    // ---- wiring ----------------------------------------------------------------------------------

    /** Selects the selected run's row, once the table has it (a run selected before its row arrived). */
    private void keepTableSelection() {
        RunRow row = selectedRef == null ? null : model.row(selectedRef);
        if (row != null && runs.table().getSelectionModel().getSelectedItem() != row
                && runs.table().getItems().contains(row)) {
            selecting = true;
            try {
                runs.table().getSelectionModel().clearAndSelect(runs.table().getItems().indexOf(row));
            } finally {
                selecting = false;
            }
        }
    }

    /** Shows the selected run's latest snapshot in every part. */
    private void refresh() {
        RunState s = selectedRef == null ? null : model.get(selectedRef);
        if (s == current.get() && s != null) {
            return;
        }
        current.set(s);
        graph.show(s == null ? null : sources.runtimeOf(s.ref()).orElse(null), s);
        artifacts.show(s);
        actions.update(s, sources.clusterProperty().get() != null);
        showStep();
        showEdge();
    }

    private void showStep() {
        details.show(current.get(), graph.selectedStepProperty().get());
        showSweep();
    }

    /** The selected step's runs side by side, when it fans out (a sweep or any loop). */
    private void showSweep() {
        RunState run = current.get();
        String step = graph.selectedStepProperty().get();
        var loop = step == null ? null : graph.document().step(step).map(s -> s.loop).orElse(null);
        sweep.follow(run == null ? null : sources.runtimeOf(run.ref()).orElse(null), run, step,
                loop == null ? null : loop.items);
    }

    /** What flowed on the selected edge of the shown run (kept up to date as the run goes on). */
    private void showEdge() {
        edge.show(current.get(), graph.bindingsProperty().get(), graph.selectedEdgeProperty().get());
    }

    private void showLog(NodeState node) {
        RunState run = current.get();
        if (node == null || run == null) {
            // no step of the shown run is chosen: the log of another run's step must not stay
            logKey = null;
            logs.clear();
            return;
        }
        // a node not started has no log yet (Argo: no pod); open it once it runs
        String key = run.ref() + "\u0000" + node.id() + (node.phase() == Phase.PENDING ? "\u0000pending" : "");
        if (key.equals(logKey)) {
            return;
        }
        logKey = key;
        sources.runtimeOf(run.ref()).ifPresent(rt -> logs.show(rt, run.ref(), node));
    }

    private void connect(ConnectionOptions options) {
        connection.busy(true);
        banner.clear();
        sources.connect(() -> clusterFactory.apply(options), rt -> {
            connection.busy(false);
            connection.connected(rt.displayName());
        }, e -> {
            connection.busy(false);
            connection.connected(sources.clusterProperty().get() == null ? null
                    : sources.clusterProperty().get().displayName());
            banner.error(UserMessages.of("Connecting to the cluster", e));
        });
    }

    private void disconnect() {
        sources.disconnect();
        connection.connected(null);
    }

    // ---- what the shell uses ---------------------------------------------------------------------

    /** Submits a pipeline to this computer and selects the new run once it shows. */
    public CompletableFuture<RunRef> runOnThisComputer(Pipeline pipeline) {
        return submit(pipeline, true, Map.of());
    }

    /**
     * Runs a pipeline on this computer with parameter values (a test event's mapped values) as overrides,
     * the way F5 runs it, and selects the new run once it shows.
     */
    public CompletableFuture<RunRef> runOnThisComputer(Pipeline pipeline, Map<String, String> parameters) {
        return submit(pipeline, true, Map.copyOf(parameters));
    }

    /** The connected cluster's runtime, or null when none is connected. */
    public Runtime connectedCluster() {
        return sources.clusterProperty().get();
    }

    /** Submits a pipeline to the connected cluster and selects the new run once it shows. */
    public CompletableFuture<RunRef> submitToCluster(Pipeline pipeline) {
        return submit(pipeline, false, Map.of());
    }

    /**
     * Asks for the pipeline's parameter values, then submits with the changed ones as overrides;
     * without parameters it submits at once. Empty when the user cancelled.
     */
    public Optional<CompletableFuture<RunRef>> submitWithParameters(Pipeline pipeline, boolean local) {
        boolean nothingToAsk = pipeline.parameters.stream().noneMatch(p -> p.name != null && !p.name.isBlank());
        if (nothingToAsk || !local && sources.clusterProperty().get() == null) {
            return Optional.of(submit(pipeline, local, Map.of()));
        }
        String target = local ? "this computer" : sources.clusterProperty().get().displayName();
        return SubmitParameters.ask(getScene() == null ? null : getScene().getWindow(), pipeline, target)
                .map(overrides -> submit(pipeline, local, overrides));
    }

    /**
     * Submits; a local run whose steps name images first says that they will run on this computer
     * instead ({@link HostRunNotice}). The future is cancelled when the user cancels there.
     */
    private CompletableFuture<RunRef> submit(Pipeline pipeline, boolean local, Map<String, String> parameters) {
        List<HostSteps.HostStep> onHost = local ? HostSteps.of(pipeline) : List.of();
        if (onHost.isEmpty()) {
            return submitNow(pipeline, local, parameters, null);
        }
        CompletableFuture<RunRef> result = new CompletableFuture<>();
        // looking for docker/podman reads the PATH's folders: not on the FX thread
        threads.call(ContainerMode::detect, engine -> {
            HostRunNotice.Answer answer = hostNotice.ask(getScene() == null ? null : getScene().getWindow(),
                    pipeline.displayName(), onHost, engine);
            if (answer == HostRunNotice.Answer.CANCEL) {
                result.cancel(false);
                return;
            }
            ContainerMode mode = answer == HostRunNotice.Answer.USE_CONTAINERS ? engine.orElse(null) : null;
            submitNow(pipeline, true, parameters, mode).whenComplete((ref, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(ref);
                }
            });
        }, result::completeExceptionally);
        return result;
    }

    /** Submits at once; {@code mode} runs a local run's steps in containers (null: as configured). */
    private CompletableFuture<RunRef> submitNow(Pipeline pipeline, boolean local, Map<String, String> parameters,
            ContainerMode mode) {
        Runtime cluster = sources.clusterProperty().get();
        if (!local && cluster == null) {
            banner.error("Submitting failed: no cluster is connected (connect one above)");
            return CompletableFuture.failedFuture(new IllegalStateException("no cluster connected"));
        }
        banner.info("Submitting " + pipeline.displayName() + " to " + (local ? "this computer" : cluster.displayName())
                + "…");
        return threads.call(() -> {
            Runtime rt = local ? sources.local().join() : cluster;
            SubmitOptions options = new SubmitOptions(parameters, 0, null, Map.of());
            return mode != null && rt instanceof LocalRuntime here ? here.submit(pipeline, options, mode)
                    : rt.submit(pipeline, options);
        }, ref -> {
            banner.clear();
            select(ref);
        }, e -> banner.error(UserMessages.of("Submitting " + pipeline.displayName(), e)));
    }

    /** Selects a run in the table now, or as soon as it arrives. */
    public void select(RunRef ref) {
        selectedRef = ref;
        keepTableSelection();
        refresh();
    }

    /** One line for the window's status bar while the monitor is in front. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunState> currentRunProperty() {
        return current.getReadOnlyProperty();
    }

    /** Stops watching and closes the runtimes (local runs still going are ended). */
    public void shutdown() {
        logs.close();
        // the local runtime ends its runs' processes: let it finish even as the FX thread exits
        Thread t = new Thread(() -> {
            sources.close();
            threads.close();
        }, "orrery-monitor-shutdown");
        t.start();
    }

    private static boolean confirmDialog(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(title);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /** The monitor as tests, tools and benchmarks read and drive it; see {@link MonitorProbe}. */
    public MonitorProbe probe() {
        return new MonitorProbe(new MonitorProbe.Parts(sources, actions, connection, banner, graph, bottom, logs,
                artifacts, edge, runs, model, comparer, notice -> hostNotice = notice));
    }

    /** The actions' view of the monitor. */
    private final class ActionsTarget implements RunActions.Target {
        @Override
        public RunState selectedRun() {
            return current.get();
        }

        @Override
        public Runtime runtimeOf(RunRef ref) {
            return sources.require(ref);
        }

        @Override
        public void submitOpenPipeline(boolean local, boolean askParameters) {
            if (askParameters) {
                submitWithParameters(openPipeline.get(), local);
            } else {
                submit(openPipeline.get(), local, Map.of());
            }
        }

        @Override
        public void select(RunRef ref) {
            MonitorPane.this.select(ref);
        }

        @Override
        public void error(String message) {
            banner.error(message);
        }

        @Override
        public void info(String message) {
            banner.info(message);
        }
    }
}
