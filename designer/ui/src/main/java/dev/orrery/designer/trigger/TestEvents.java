package dev.orrery.designer.trigger;

import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the host does with a test event the designer built ({@link TestEventDialog}): the kit maps the
 * payload; running and sending belong to the host (the app's monitor and cluster connection), since the
 * kit knows no runtime.
 */
public interface TestEvents {
    /** Starts a run of the pipeline on this computer with these parameter values and shows it. */
    void runLocally(Pipeline pipeline, Map<String, String> parameters);

    /** Why an event cannot go to a cluster now ("No cluster is connected"), or null when it can. */
    String clusterUnavailable(EventTrigger trigger);

    /** Sends the JSON payload to the trigger's event source on the connected cluster; completes with what it answered. */
    CompletableFuture<String> sendToCluster(Pipeline pipeline, EventTrigger trigger, String json);

    /** A host that runs nothing (the kit alone): the dialog still shows the mapping. */
    TestEvents NONE = new TestEvents() {
        @Override
        public void runLocally(Pipeline pipeline, Map<String, String> parameters) {
        }

        @Override
        public String clusterUnavailable(EventTrigger trigger) {
            return "this window has no cluster connection";
        }

        @Override
        public CompletableFuture<String> sendToCluster(Pipeline pipeline, EventTrigger trigger, String json) {
            return CompletableFuture.failedFuture(new IllegalStateException(clusterUnavailable(trigger)));
        }
    };

    /** Whether the host can start local runs (the kit alone cannot). */
    default boolean canRunLocally() {
        return this != NONE;
    }
}
