package dev.orrery.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A test event reaches the webhook EventSource through the API server's service proxy (fabric8's mock server). */
class WebhookEventsTest {
    KubernetesMockServer server;
    KubernetesClient client;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        client = server.createClient();
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    @Test
    void postsThePayloadToTheEventSourceServiceThroughTheProxy() throws Exception {
        server.expect().post().withPath("/api/v1/namespaces/ml/services/retrain-eventsource-svc:12000/proxy/retrain")
                .andReturn(200, "success").once();

        WebhookEvents.Answer answer = WebhookEvents.send(client, "ml", "retrain", "12000", "/retrain", "POST",
                "{\"dataset\":\"s3://x\"}", Duration.ofSeconds(5));

        assertThat(answer.accepted()).isTrue();
        assertThat(answer.body()).isEqualTo("success");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"dataset\":\"s3://x\"}");
    }

    @Test
    void aMissingServiceComesBackAsItsStatus() throws Exception {
        WebhookEvents.Answer answer = WebhookEvents.send(client, "ml", "absent", "12000", "/x", "POST", "{}",
                Duration.ofSeconds(5));
        assertThat(answer.accepted()).isFalse();
        assertThat(answer.status()).isEqualTo(404);
    }
}
