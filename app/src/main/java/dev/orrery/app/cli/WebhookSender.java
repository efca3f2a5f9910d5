package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.argo.ArgoConnection;
import dev.orrery.runtime.argo.ConnectionOptions;
import dev.orrery.runtime.events.WebhookEvents;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.PrintWriter;

/** {@code orrery trigger} without {@code --local}: the payload goes to the deployed webhook event source. */
final class WebhookSender {
    private WebhookSender() {
    }

    static int send(ClusterOptions cluster, Pipeline pipeline, EventTrigger trigger, JsonNode payload,
            PrintWriter out, Reporter reporter) {
        if (!EventKind.WEBHOOK.type().equals(trigger.type)) {
            reporter.error("trigger " + trigger.name + " is a " + trigger.type + " event; only a webhook can be sent"
                    + " to the cluster. Use --local to simulate it on this computer");
            return ExitCodes.USAGE;
        }
        ConnectionOptions options = cluster.toConnectionOptions();
        String port = trigger.source.path("port").asText("12000");
        try (KubernetesClient client = ArgoConnection.open(options)) {
            String namespace = pipeline.namespace != null ? pipeline.namespace
                    : client.getNamespace() != null ? client.getNamespace() : "default";
            if (cluster.namespace != null) {
                namespace = cluster.namespace;
            }
            WebhookEvents.Answer answer = WebhookEvents.send(client, namespace, pipeline.displayName(), port,
                    trigger.source.path("endpoint").asText("/"), trigger.source.path("method").asText("POST"),
                    payload.toString(), cluster.timeout == null ? java.time.Duration.ofSeconds(10) : cluster.timeout);
            if (answer.accepted()) {
                out.println("event sent to " + WebhookEvents.serviceName(pipeline.displayName()) + " in " + namespace
                        + ": " + answer.status() + (answer.body().isBlank() ? "" : " " + answer.body().strip()));
                out.flush();
                return ExitCodes.OK;
            }
            reporter.error("the event source answered " + answer.status() + ": " + answer.body().strip()
                    + (answer.status() == 404 ? " (is the EventSource '" + pipeline.displayName() + "' deployed in "
                            + namespace + "? export it with: orrery export FILE --to argo)" : ""));
            return ExitCodes.USAGE;
        } catch (IOException | RuntimeException e) {
            reporter.error("cannot reach the cluster to send the event: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
