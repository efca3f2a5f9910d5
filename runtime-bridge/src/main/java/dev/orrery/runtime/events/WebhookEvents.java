package dev.orrery.runtime.events;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a test event to a webhook EventSource on the cluster, through the Kubernetes API server's service
 * proxy ({@code /api/v1/namespaces/NS/services/NAME-eventsource-svc:PORT/proxy/ENDPOINT}), so no port-forward
 * or ingress is needed: the caller's kubeconfig rights (services/proxy) are enough. Argo Events names an
 * EventSource's service {@code <eventsource>-eventsource-svc}.
 */
public final class WebhookEvents {
    /** What the event source answered. */
    public record Answer(int status, String body) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private WebhookEvents() {
    }

    public static String serviceName(String eventSourceName) {
        return eventSourceName + "-eventsource-svc";
    }

    /** The proxy path of the webhook, relative to the API server's URL. */
    public static String proxyPath(String namespace, String eventSourceName, String port, String endpoint) {
        String path = endpoint == null || endpoint.isEmpty() ? "/" : endpoint.startsWith("/") ? endpoint : "/" + endpoint;
        return "api/v1/namespaces/" + encode(namespace) + "/services/" + encode(serviceName(eventSourceName)) + ":"
                + encode(port) + "/proxy" + path;
    }

    /**
     * POSTs (or the webhook's method) the JSON payload; throws {@link java.io.IOException} when the API server
     * cannot be reached or does not answer in time.
     */
    public static Answer send(KubernetesClient client, String namespace, String eventSourceName, String port,
            String endpoint, String method, String json, Duration timeout) throws java.io.IOException {
        HttpClient http = client.getHttpClient();
        String base = client.getMasterUrl().toString();
        String url = (base.endsWith("/") ? base : base + "/") + proxyPath(namespace, eventSourceName, port, endpoint);
        HttpRequest.Builder request = http.newHttpRequestBuilder().uri(url)
                .method(method == null ? "POST" : method, "application/json", json);
        try {
            HttpResponse<String> response = http.sendAsync(request.build(), String.class)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.code(), response.body() == null ? "" : response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException("interrupted while sending the event", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new java.io.IOException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new java.io.IOException("no answer within " + timeout.toSeconds() + "s", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
