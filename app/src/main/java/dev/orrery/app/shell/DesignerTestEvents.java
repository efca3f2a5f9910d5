package dev.orrery.app.shell;

import dev.orrery.app.monitor.MonitorPane;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignerThreads;
import dev.orrery.designer.trigger.TestEvents;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.argo.ArgoRuntime;
import dev.orrery.runtime.events.WebhookEvents;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The window's answer to the designer's test events: a local run goes through the monitor exactly as F5
 * (the run shows in the Monitor tab); a webhook event goes to the EventSource on the connected cluster through
 * the API server's service proxy, as {@code orrery trigger FILE --event P.json} sends it, on a background thread.
 */
final class DesignerTestEvents implements TestEvents {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Runtime> cluster;
    private final BiConsumer<Pipeline, Map<String, String>> local;
    private final ExecutorService sending = DesignerThreads.single("test-event");

    /** The window's: local runs through its monitor (brought to the front), events to the monitor's cluster. */
    DesignerTestEvents(MainWindow window, MonitorPane monitor) {
        this(monitor::connectedCluster, (pipeline, parameters) -> {
            window.showMonitor();
            monitor.runOnThisComputer(pipeline, parameters);
        });
    }

    DesignerTestEvents(Supplier<Runtime> cluster, BiConsumer<Pipeline, Map<String, String>> local) {
        this.cluster = cluster;
        this.local = local;
    }

    @Override
    public void runLocally(Pipeline pipeline, Map<String, String> parameters) {
        local.accept(pipeline, parameters);
    }

    @Override
    public String clusterUnavailable(EventTrigger trigger) {
        if (!EventKind.WEBHOOK.type().equals(trigger.type)) {
            return "only a webhook can be sent to the cluster; run it on this computer instead";
        }
        Runtime connected = cluster.get();
        if (connected == null) {
            return "no cluster is connected (connect one in the Monitor tab)";
        }
        return connected instanceof ArgoRuntime ? null : "the connected runtime takes no events";
    }

    @Override
    public CompletableFuture<String> sendToCluster(Pipeline pipeline, EventTrigger trigger, String json) {
        String reason = clusterUnavailable(trigger);
        if (reason != null) {
            return CompletableFuture.failedFuture(new IllegalStateException(reason));
        }
        ArgoRuntime argo = (ArgoRuntime) cluster.get();
        String eventSource = pipeline.displayName();
        return CompletableFuture.supplyAsync(() -> {
            try {
                WebhookEvents.Answer answer = argo.sendWebhookEvent(pipeline.namespace, eventSource,
                        trigger.source.path("port").asText("12000"), trigger.source.path("endpoint").asText("/"),
                        trigger.source.path("method").asText("POST"), json, TIMEOUT);
                if (!answer.accepted()) {
                    throw new IllegalStateException("the event source answered " + answer.status() + " "
                            + answer.body().strip() + (answer.status() == 404 ? " (is the EventSource '" + eventSource
                                    + "' deployed? Export the pipeline to Argo and apply it)" : ""));
                }
                return "Sent to " + WebhookEvents.serviceName(eventSource) + ": " + answer.status()
                        + (answer.body().isBlank() ? "" : " " + answer.body().strip());
            } catch (java.io.IOException e) {
                throw new CompletionException(new IllegalStateException("cannot reach the cluster: "
                        + e.getMessage(), e));
            }
        }, sending);
    }

    void shutdown() {
        sending.shutdownNow();
    }
}
