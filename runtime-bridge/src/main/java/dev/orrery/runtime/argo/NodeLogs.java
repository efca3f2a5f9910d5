package dev.orrery.runtime.argo;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.Subscription;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.Loggable;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Streams the {@code main} container's log of a node's pod to a {@link LogListener} on its own thread. */
final class NodeLogs {
    static final String MAIN_CONTAINER = "main";
    /** How long a follow waits for the pod of a step that has not started. */
    static final java.time.Duration POD_WAIT = java.time.Duration.ofMinutes(30);

    private final KubernetesClient client;
    private final String namespace;
    private final KubeFailures failures;

    NodeLogs(KubernetesClient client, String namespace, KubeFailures failures) {
        this.client = client;
        this.namespace = namespace;
        this.failures = failures;
    }

    /**
     * Delivers the lines of a log kept elsewhere (Argo's archived {@code main-logs} artifact) on a
     * thread of its own: all of them, or the last {@code tailLines}; a finished log, so no follow.
     */
    Subscription archived(java.util.function.Supplier<InputStream> open, String what, LogOptions options,
            LogListener listener) {
        AtomicBoolean closed = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            Throwable error = null;
            try (InputStream raw = open.get();
                    BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
                java.util.ArrayDeque<String> tail = new java.util.ArrayDeque<>();
                String line;
                while (!closed.get() && (line = r.readLine()) != null) {
                    if (options.fromStart()) {
                        listener.onLine(line);
                    } else {
                        tail.addLast(line);
                        if (tail.size() > options.tailLines()) {
                            tail.removeFirst();
                        }
                    }
                }
                tail.forEach(listener::onLine);
            } catch (IOException e) {
                error = new RuntimeFailure("the archived log of " + what + " broke off: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                error = e instanceof RuntimeFailure ? e : failures.translate("read the archived log of", "artifacts",
                        null, e);
            } finally {
                listener.onEnd(closed.get() ? null : error);
            }
        }, "orrery-argo-archived-log");
        reader.setDaemon(true);
        reader.start();
        return () -> closed.set(true);
    }

    /**
     * Streams the pod's log. With {@code waitForPod} (following a step whose pod the controller has
     * not created yet) it first waits, up to {@code POD_WAIT}, for the pod to appear.
     */
    Subscription stream(String podName, String what, LogOptions options, LogListener listener, boolean waitForPod) {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<LogWatch> watch = new AtomicReference<>();
        AtomicReference<InputStream> input = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            Throwable error = null;
            try {
                PodResource pod = client.pods().inNamespace(namespace).withName(podName);
                if (waitForPod) {
                    pod.waitUntilCondition(java.util.Objects::nonNull, POD_WAIT.toSeconds(), TimeUnit.SECONDS);
                }
                if (closed.get()) {
                    return;
                }
                Loggable log = options.fromStart() ? pod.inContainer(MAIN_CONTAINER)
                        : pod.inContainer(MAIN_CONTAINER).tailingLines(options.tailLines());
                InputStream in;
                if (options.follow()) {
                    LogWatch w = log.watchLog();
                    watch.set(w);
                    in = w.getOutput();
                } else {
                    in = log.getLogInputStream();
                }
                input.set(in);
                if (closed.get()) {
                    return;
                }
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while (!closed.get() && (line = r.readLine()) != null) {
                        listener.onLine(line);
                    }
                }
            } catch (IOException e) {
                if (!closed.get()) {
                    error = new RuntimeFailure("the log of " + what + " broke off: " + e.getMessage(), e);
                }
            } catch (RuntimeException e) {
                if (!closed.get()) {
                    RuntimeException t = failures.translate("get logs of", "pods", null, e);
                    error = t.getMessage() != null && t.getMessage().startsWith("pods not found")
                            ? new RuntimeFailure("no log for " + what + ": its pod " + podName
                                    + " does not exist (not started yet, or removed by pod garbage collection)", e)
                            : t;
                }
            } finally {
                LogWatch w = watch.get();
                if (w != null) {
                    w.close();
                }
                listener.onEnd(error);
            }
        }, "orrery-argo-logs-" + podName);
        reader.setDaemon(true);
        reader.start();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                reader.interrupt();
                LogWatch w = watch.get();
                if (w != null) {
                    w.close();
                }
                InputStream in = input.get();
                if (in != null) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // closing an aborted stream; nothing to tell the user
                    }
                }
            }
        };
    }
}
