package dev.orrery.runtime.argo;

import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Subscription;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One shared informer on the namespace's Workflows, fanned out to {@link RunListener}s.
 *
 * <p>fabric8's informer lists, then watches from the list's resourceVersion; when the watch drops it
 * reconnects with exponential backoff, and on {@code 410 Gone} it lists again and reports the
 * differences as updates. Its callbacks only post the change to one dispatch thread, which maps the
 * Workflow to a {@link RunState} and drops any snapshot whose resourceVersion is not newer than the
 * last one delivered for that run (a re-list re-reports unchanged objects), so every listener sees
 * each run's changes once, in order.
 */
final class WorkflowWatch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WorkflowWatch.class.getName());

    private final KubernetesClient client;
    private final String namespace;
    private final RunStateMapper mapper;
    private final KubeFailures failures;
    private final Duration startTimeout;
    private final ScheduledExecutorService dispatch;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    /** Dispatch thread only. */
    private final Map<String, RunState> current = new HashMap<>();
    private volatile SharedIndexInformer<GenericKubernetesResource> informer;
    private volatile String problem;
    /** Dispatch thread only. */
    private int notWatchingChecks;

    WorkflowWatch(KubernetesClient client, String namespace, RunStateMapper mapper, KubeFailures failures,
            Duration startTimeout) {
        this.client = client;
        this.namespace = namespace;
        this.mapper = mapper;
        this.failures = failures;
        this.startTimeout = startTimeout;
        this.dispatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orrery-argo-watch-" + namespace);
            t.setDaemon(true);
            return t;
        });
    }

    /** Delivers every known run to the listener, then every change, until closed. */
    Subscription subscribe(RunListener listener) {
        ensureStarted();
        dispatch.execute(() -> {
            current.values().stream().sorted(Comparator.comparing(RunState::startedAt,
                    Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder())).reversed())
                    .forEach(s -> deliver(listener, s));
            listeners.add(listener);
        });
        return () -> dispatch.execute(() -> listeners.remove(listener));
    }

    /** The informer's view of every run (empty until started). */
    List<RunState> snapshot() {
        try {
            return dispatch.submit(() -> new ArrayList<>(current.values())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (java.util.concurrent.ExecutionException e) {
            return List.of();
        }
    }

    synchronized boolean started() {
        return informer != null;
    }

    private synchronized void ensureStarted() {
        if (informer != null) {
            return;
        }
        SharedIndexInformer<GenericKubernetesResource> inf = client.genericKubernetesResources(ArgoResources.WORKFLOWS)
                .inNamespace(namespace).runnableInformer(0);
        inf.exceptionHandler((isStarted, t) -> {
            if (!isStarted) {
                return false;
            }
            LOG.log(Level.FINE, "watch of workflows in " + namespace + " failed; retrying", t);
            return true;
        });
        inf.addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(GenericKubernetesResource obj) {
                dispatch.execute(() -> publish(obj));
            }

            @Override
            public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
                dispatch.execute(() -> publish(newObj));
            }

            @Override
            public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
                dispatch.execute(() -> removed(obj.getMetadata().getName()));
            }
        });
        try {
            inf.start().toCompletableFuture().get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            inf.stop();
            Thread.currentThread().interrupt();
            throw new dev.orrery.runtime.RuntimeFailure("interrupted while connecting to the cluster");
        } catch (TimeoutException e) {
            inf.stop();
            throw new dev.orrery.runtime.RuntimeFailure("the cluster did not answer within "
                    + (startTimeout.toMillis() % 1000 == 0 ? startTimeout.toSeconds() + "s" : startTimeout.toMillis() + "ms")
                    + " while listing workflows in " + namespace);
        } catch (java.util.concurrent.ExecutionException e) {
            inf.stop();
            throw failures.translate("watch", "workflows", null, e);
        }
        informer = inf;
        dispatch.scheduleWithFixedDelay(this::checkConnection, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Dispatch thread, every second: fabric8 retries a broken watch quietly, so the runtime looks
     * for itself; a watch down for two checks in a row is reported, and its return too.
     */
    private void checkConnection() {
        SharedIndexInformer<GenericKubernetesResource> inf = informer;
        if (inf == null) {
            return;
        }
        if (inf.isWatching()) {
            notWatchingChecks = 0;
            if (problem != null) {
                reportProblem(null);
            }
        } else if (++notWatchingChecks >= 2 && problem == null) {
            reportProblem(failures.lostWatch());
        }
    }

    private void publish(GenericKubernetesResource wf) {
        RunState state;
        try {
            state = mapper.map(wf);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read workflow " + wf.getMetadata().getName(), e);
            return;
        }
        RunState last = current.get(state.id());
        if (last != null && state.revision() != 0 && state.revision() <= last.revision()) {
            return;
        }
        current.put(state.id(), state);
        for (RunListener l : listeners) {
            deliver(l, state);
        }
    }

    private void removed(String name) {
        RunState last = current.remove(name);
        if (last == null) {
            return;
        }
        RunRef ref = last.ref();
        for (RunListener l : listeners) {
            try {
                l.onRunDeleted(ref);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run listener failed", e);
            }
        }
    }

    private void reportProblem(String message) {
        if (java.util.Objects.equals(problem, message)) {
            return;
        }
        problem = message;
        for (RunListener l : listeners) {
            try {
                l.onConnectionProblem(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run listener failed", e);
            }
        }
    }

    private static void deliver(RunListener l, RunState s) {
        try {
            l.onRun(s);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run listener failed on " + s.id(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (informer != null) {
            informer.stop();
            informer = null;
        }
        dispatch.shutdown();
    }
}
