package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.runtime.Runtime;
import dev.orrery.runtime.argo.ArgoRuntime;
import dev.orrery.runtime.argo.ConnectionOptions;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's answer to the designer's test events: local runs go to the monitor, webhooks to the cluster. */
class DesignerTestEventsTest {
    KubernetesMockServer server;
    KubernetesClient client;
    final AtomicReference<Runtime> connected = new AtomicReference<>();
    final List<Map<String, String>> localRuns = new ArrayList<>();
    DesignerTestEvents events;
    Pipeline pipeline;
    EventTrigger webhook;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        client = server.createClient();
        events = new DesignerTestEvents(connected::get, (p, parameters) -> localRuns.add(parameters));
        pipeline = new Pipeline();
        pipeline.name = "retrain";
        webhook = EventTrigger.of("landed", EventKind.WEBHOOK);
        webhook.source.put("port", "12000").put("endpoint", "/retrain").put("method", "POST");
    }

    @AfterEach
    void stop() {
        events.shutdown();
        client.close();
        server.destroy();
    }

    @Test
    void withoutAClusterSendingIsRefusedWithTheReasonAndLocalRunsGoToTheMonitor() {
        assertThat(events.clusterUnavailable(webhook)).contains("no cluster is connected");
        assertThatThrownBy(() -> events.sendToCluster(pipeline, webhook, "{}").join())
                .hasMessageContaining("no cluster is connected");
        events.runLocally(pipeline, Map.of("dataset", "s3://x"));
        assertThat(localRuns).containsExactly(Map.of("dataset", "s3://x"));
    }

    @Test
    void aWebhookEventGoesToTheEventSourceOfTheConnectedCluster() throws Exception {
        server.expect().post().withPath("/api/v1/namespaces/ml/services/retrain-eventsource-svc:12000/proxy/retrain")
                .andReturn(200, "success").once();
        connected.set(new ArgoRuntime(client, ConnectionOptions.defaults().withNamespace("ml")));
        assertThat(events.clusterUnavailable(webhook)).isNull();
        assertThat(events.clusterUnavailable(EventTrigger.of("topic", EventKind.KAFKA)))
                .contains("only a webhook");

        String answer = events.sendToCluster(pipeline, webhook, "{\"dataset\":\"s3://x\"}").get(10, TimeUnit.SECONDS);

        assertThat(answer).isEqualTo("Sent to retrain-eventsource-svc: 200 success");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"dataset\":\"s3://x\"}");
    }

    @Test
    void anEventSourceThatIsNotDeployedSaysHowToDeployIt() {
        connected.set(new ArgoRuntime(client, ConnectionOptions.defaults().withNamespace("ml")));
        assertThatThrownBy(() -> events.sendToCluster(pipeline, webhook, "{}").join())
                .hasMessageContaining("answered 404").hasMessageContaining("is the EventSource 'retrain' deployed?");
    }
}
