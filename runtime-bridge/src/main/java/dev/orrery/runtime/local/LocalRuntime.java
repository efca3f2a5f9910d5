package dev.orrery.runtime.local;

import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.SecretMasking;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SubmitOptions;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.UnsupportedRunOperationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs pipelines on this computer as local processes ("This computer" in the monitor). Run folders
 * live under {@link Config#runsDir()} ({@code ~/.orrery/runs} by default; {@code ORRERY_HOME} as
 * a system property or environment variable moves {@code ~/.orrery}). Past runs are read back at
 * start; runs a dead Orrery left Running are marked Error. A JVM shutdown hook kills the process
 * trees of runs still going, so closing or crashing the app leaves no orphan.
 */
public final class LocalRuntime implements Runtime {
    public static final String ID = "local";
    public static final String DISPLAY_NAME = "This computer";

    /**
     * @param runsDir the folder holding one folder per run
     * @param defaultParallelism leaf steps at once when a submission does not say (0: number of cores)
     * @param containerMode where container and script steps run
     * @param killGrace how long a stopped step gets between SIGTERM and SIGKILL
     */
    public record Config(Path runsDir, int defaultParallelism, ContainerMode containerMode, Duration killGrace) {
        public Config {
            Objects.requireNonNull(runsDir, "runsDir");
            Objects.requireNonNull(containerMode, "containerMode");
            Objects.requireNonNull(killGrace, "killGrace");
        }

        public static Config defaults() {
            return in(defaultRunsDir());
        }

        public static Config in(Path runsDir) {
            return new Config(runsDir, 0, ContainerMode.HOST, Duration.ofSeconds(2));
        }

        public Config withContainerMode(ContainerMode mode) {
            return new Config(runsDir, defaultParallelism, mode, killGrace);
        }

        public Config withDefaultParallelism(int n) {
            return new Config(runsDir, n, containerMode, killGrace);
        }
    }

    private final Config config;
    private final RunStore store;
    private final Map<RunRef, RunState> states = new ConcurrentHashMap<>();
    private final Map<RunRef, RunExecution> active = new ConcurrentHashMap<>();
    private final Map<RunRef, CompletableFuture<RunState>> completions = new ConcurrentHashMap<>();
    private final Map<RunRef, Pipeline> pipelines = new ConcurrentHashMap<>();
    private final Map<String, NodeLog> logs = new ConcurrentHashMap<>();
    private final RunEvents events;
    private final Thread shutdownHook;
    private volatile boolean closed;

    public LocalRuntime() {
        this(Config.defaults());
    }

    public LocalRuntime(Path runsDir) {
        this(Config.in(runsDir));
    }

    public LocalRuntime(Config config) {
        this.config = config;
        this.store = new RunStore(config.runsDir());
        for (RunState s : store.readAll()) {
            RunState r = StaleRuns.recover(store, s);
            RunRef ref = new RunRef(ID, r.id());
            states.put(ref, r.ref().equals(ref) ? r : withRef(r, ref));
        }
        this.events = new RunEvents(states::values, this::write, this::finished);
        this.shutdownHook = new Thread(this::killEverything, "orrery-local-shutdown");
        java.lang.Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** {@code $ORRERY_HOME/runs} (system property, then environment), else {@code ~/.orrery/runs}. */
    public static Path defaultRunsDir() {
        String home = System.getProperty("ORRERY_HOME", System.getenv("ORRERY_HOME"));
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".orrery");
        return base.resolve("runs");
    }

    public Config config() {
        return config;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return DISPLAY_NAME;
    }

    @Override
    public RunRef submit(Pipeline pipeline, SubmitOptions options) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(options, "options");
        if (closed) {
            throw new IllegalStateException("the local runtime is closed");
        }
        Pipeline p = pipeline.copy();
        Map<String, String> parameters = parameters(p, options);
        int parallelism = options.parallelism() > 0 ? options.parallelism()
                : config.defaultParallelism() > 0 ? config.defaultParallelism()
                : java.lang.Runtime.getRuntime().availableProcessors();
        String name;
        try {
            name = store.create(p.displayName(), options.runName());
            store.writeOwner(name);
            store.writePipeline(name, p);
        } catch (IOException e) {
            throw new RuntimeFailure("cannot create the run folder under " + store.root() + ": " + e.getMessage(), e);
        }
        RunRef ref = new RunRef(ID, name);
        pipelines.put(ref, p);
        completions.put(ref, new CompletableFuture<>());
        LocalRun run = new LocalRun(ref, p.displayName(), DISPLAY_NAME, parameters, this::publish);
        RunContext ctx = new RunContext(run, p, store.dir(name), parallelism, config.containerMode(),
                config.killGrace(), logs);
        RunExecution execution = new RunExecution(ctx, parameters);
        active.put(ref, execution);
        publish(run.snapshot());
        Thread.ofPlatform().name("orrery-run-" + name).daemon(true).start(() -> {
            try {
                execution.run();
            } finally {
                active.remove(ref);
            }
        });
        return ref;
    }

    /** Workflow parameters: declared values, overridden by the submission; unknown or missing ones are refused. */
    private static Map<String, String> parameters(Pipeline p, SubmitOptions options) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter param : p.parameters) {
            String v = param.effectiveText();
            if (v != null) {
                values.put(param.name, v);
            }
        }
        for (Map.Entry<String, String> e : options.parameters().entrySet()) {
            if (p.parameter(e.getKey()).isEmpty()) {
                throw new RuntimeFailure("the pipeline has no parameter '" + e.getKey() + "'; it has: "
                        + (p.parameters.isEmpty() ? "none" : String.join(", ",
                                p.parameters.stream().map(x -> x.name).toList())));
            }
            values.put(e.getKey(), e.getValue());
        }
        for (Parameter param : p.parameters) {
            if (!values.containsKey(param.name)) {
                throw new RuntimeFailure("parameter '" + param.name + "' has no value; pass one (-p " + param.name
                        + "=VALUE)");
            }
        }
        return values;
    }

    private void publish(RunState s) {
        states.put(s.ref(), s);
        events.publish(s);
    }

    private void write(RunState s) {
        try {
            store.write(s);
        } catch (IOException e) {
            System.err.println("orrery: cannot save the state of run " + s.id() + ": " + e.getMessage());
        }
    }

    private void finished(RunState s) {
        CompletableFuture<RunState> f = completions.remove(s.ref());
        if (f != null) {
            f.complete(s);
        }
    }

    /**
     * Completes with the final state once the run has finished and its state.json is written;
     * already complete for a finished run.
     */
    public CompletableFuture<RunState> completion(RunRef ref) {
        CompletableFuture<RunState> f = completions.get(ref);
        if (f != null) {
            return f;
        }
        RunState s = get(ref);
        if (s.phase().isFinished()) {
            return CompletableFuture.completedFuture(s);
        }
        return CompletableFuture.failedFuture(new RuntimeFailure("run " + ref.runId() + " is not running in this"
                + " Orrery process (another Orrery process owns it)"));
    }

    /** The run's folder (state.json, logs, node folders). */
    public Path runDirectory(RunRef ref) {
        get(ref);
        return store.dir(ref.runId());
    }

    @Override
    public List<RunState> list() {
        List<RunState> all = new ArrayList<>(states.values());
        all.sort(Comparator.comparing((RunState s) -> s.startedAt() == null ? Instant.MAX : s.startedAt()).reversed()
                .thenComparing(RunState::id));
        return all;
    }

    @Override
    public RunState get(RunRef run) {
        RunState s = states.get(run);
        if (s == null) {
            throw new RunNotFoundException(run);
        }
        return s;
    }

    @Override
    public Subscription watch(RunListener listener) {
        return events.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public Subscription logs(RunRef run, String nodeId, LogOptions options, LogListener listener) {
        RunState s = get(run);
        NodeState node = s.node(nodeId).orElseThrow(() -> new RuntimeFailure("run " + run.runId()
                + " has no node '" + nodeId + "'"));
        Path file = NodeFolder.of(store.dir(run.runId()), node.id()).log();
        String key = run.runId() + "\u0000" + node.id();
        NodeLog live = logs.get(key);
        if (live == null && options.follow() && !node.phase().isFinished() && node.type().isLeaf()) {
            // the step has not started writing yet: wait for its lines in the log it will write to
            live = logs.computeIfAbsent(key, k -> new NodeLog(file));
            Subscription sub = live.subscribe(options, listener);
            if (get(run).node(nodeId).map(n -> n.phase().isFinished()).orElse(true) && logs.remove(key, live)) {
                live.end();
            }
            return sub;
        }
        if (live != null) {
            return live.subscribe(options, listener);
        }
        return NodeLog.replay(file, options, listener);
    }

    @Override
    public List<ArtifactRef> artifacts(RunRef run) {
        List<ArtifactRef> all = new ArrayList<>();
        for (NodeState n : get(run).nodes()) {
            all.addAll(n.outputs().artifacts());
        }
        return all;
    }

    @Override
    public InputStream openArtifact(ArtifactRef artifact) {
        Path runDir = store.dir(artifact.run().runId()).toAbsolutePath().normalize();
        Path p = Path.of(artifact.location()).toAbsolutePath().normalize();
        if (!p.startsWith(runDir)) {
            throw new RuntimeFailure("artifact " + artifact.name() + " is not inside its run folder " + runDir);
        }
        try {
            return Files.isDirectory(p) ? Zips.of(p) : Files.newInputStream(p);
        } catch (IOException e) {
            throw new RuntimeFailure("cannot open artifact " + artifact.name() + " (" + p + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void stop(RunRef run) {
        RunExecution e = running(run);
        if (e != null) {
            e.context().stop("Stopped by user", true);
        }
    }

    @Override
    public void terminate(RunRef run) {
        RunExecution e = running(run);
        if (e != null) {
            e.context().stop("Terminated by user", false);
        }
    }

    /** Ends a suspension (running steps went on; waiting ones start now) and releases approval steps. */
    @Override
    public void resume(RunRef run) {
        RunExecution e = running(run);
        if (e != null) {
            boolean wasSuspended = e.context().suspended();
            e.context().resume();
            if (wasSuspended) {
                e.context().run.message(null);
            }
        }
    }

    /**
     * Argo's suspend: steps already running go on, no new step starts until {@link #resume(RunRef)}.
     * The run stays Running, with a message saying it is suspended.
     */
    @Override
    public void suspend(RunRef run) {
        RunExecution e = running(run);
        if (e != null) {
            e.context().suspend();
            e.context().run.message("Suspended: no new step starts until resume");
        }
    }

    @Override
    public RunRef retry(RunRef run) {
        get(run);
        throw new UnsupportedRunOperationException("retry", ID, "resubmit the run instead");
    }

    @Override
    public java.util.Optional<Pipeline> pipelineOf(RunRef run) {
        get(run);
        Pipeline p = pipelines.get(run);
        if (p == null) {
            p = store.readPipeline(run.runId()).orElse(null);
            if (p != null) {
                pipelines.put(run, p);
            }
        }
        return java.util.Optional.ofNullable(p).map(Pipeline::copy);
    }

    @Override
    public RunRef resubmit(RunRef run) {
        RunState s = get(run);
        Pipeline p = pipelineOf(run).orElseThrow(() -> new RuntimeFailure("the pipeline of run " + run.runId()
                + " was not kept (" + store.dir(run.runId()) + "/pipeline.json is missing)"));
        List<String> masked = SecretMasking.maskedSecrets(s.parameters());
        if (!masked.isEmpty()) {
            throw new RuntimeFailure("run " + run.runId() + " cannot be submitted again as it is: Orrery does not keep"
                    + " the value of " + String.join(", ", masked) + " (a secret); run the pipeline again and give "
                    + (masked.size() == 1 ? "it" : "them") + " (-p " + masked.get(0) + "=VALUE, or Run with parameters…)");
        }
        return submit(p, new SubmitOptions(s.parameters(), 0, null, Map.of()));
    }

    @Override
    public void delete(RunRef run) {
        get(run);
        RunExecution e = active.get(run);
        if (e != null) {
            e.context().stop("Deleted by user", false);
            try {
                completion(run).get(30, TimeUnit.SECONDS);
            } catch (Exception ex) {
                throw new RuntimeFailure("run " + run.runId() + " did not stop in 30 s; not deleted", ex);
            }
        }
        events.barrier().join();
        states.remove(run);
        pipelines.remove(run);
        try {
            store.delete(run.runId());
        } catch (IOException ex) {
            throw new RuntimeFailure("cannot delete " + store.dir(run.runId()) + ": " + ex.getMessage(), ex);
        }
        events.deleted(run);
    }

    private RunExecution running(RunRef run) {
        get(run);
        return active.get(run);
    }

    /** Terminates the runs still going (their trees are killed), waits for their final state, and stops. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<CompletableFuture<RunState>> pending = new ArrayList<>();
        for (Map.Entry<RunRef, RunExecution> e : active.entrySet()) {
            e.getValue().context().stop("Orrery closed while the run was going", false);
            pending.add(completion(e.getKey()));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("orrery: some local runs did not end within 30 s: " + e);
        }
        events.barrier().join();
        events.close();
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already; the hook runs
        }
    }

    /** The shutdown hook: kill every process tree and save each active run as Error. */
    private void killEverything() {
        for (RunExecution e : active.values()) {
            RunContext ctx = e.context();
            ctx.stop("Orrery exited while the run was going", false);
            ctx.run.finish(dev.orrery.runtime.Phase.ERROR, "Orrery exited while the run was going; its processes"
                    + " were stopped", Instant.now());
            write(ctx.run.snapshot());
        }
    }

    private static RunState withRef(RunState s, RunRef ref) {
        return new RunState(ref, s.name(), s.pipelineName(), s.runtimeDisplayName(), s.phase(), s.startedAt(),
                s.finishedAt(), s.message(), s.progress(), s.parameters(), s.nodes(), s.revision());
    }
}
