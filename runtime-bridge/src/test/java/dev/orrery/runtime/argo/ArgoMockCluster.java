package dev.orrery.runtime.argo;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.CustomResourceAware;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.server.mock.Resetable;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * fabric8's KubernetesMockServer in CRUD mode (with expectations taking precedence, for pod logs and
 * refusals) that knows Argo's resources, plus two faults for the Workflow watch: drop every open
 * watch connection, and hold the next watch request, then answer it with {@code 410 Gone} the way
 * the API server does when the resourceVersion is too old (an ERROR event with a Status).
 */
public final class ArgoMockCluster implements AutoCloseable {
    public static final String NAMESPACE = "ml";
    /** The fake controller's requests carry this impersonation header, so outages spare them. */
    static final String CONTROLLER_USER = "system:serviceaccount:argo:argo";

    final Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    final FaultyDispatcher dispatcher = new FaultyDispatcher(new KubernetesMixedDispatcher(responses));
    public final KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
            dispatcher, false);
    public final KubernetesClient client;
    final KubernetesClient controllerClient;

    public ArgoMockCluster() {
        server.init();
        for (var ctx : List.of(ArgoResources.WORKFLOWS, ArgoResources.WORKFLOW_TEMPLATES,
                ArgoResources.CLUSTER_WORKFLOW_TEMPLATES, ArgoResources.CRON_WORKFLOWS)) {
            server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup(ctx.getGroup())
                    .withVersion(ctx.getVersion()).withKind(ctx.getKind()).withPlural(ctx.getPlural())
                    .withScope(ctx.isNamespaceScoped() ? "Namespaced" : "Cluster").withStatusSubresource(false)
                    .build());
        }
        client = server.createClient(b -> b.editOrNewConfig().withNamespace(NAMESPACE)
                .withWatchReconnectInterval(50).withWatchReconnectLimit(-1).withRequestRetryBackoffLimit(0)
                .endConfig());
        controllerClient = server.createClient(b -> b.editOrNewConfig().withNamespace(NAMESPACE)
                .withImpersonateUsername(CONTROLLER_USER).withRequestRetryBackoffLimit(0).endConfig());
    }

    /**
     * Writes a kubeconfig whose context {@code mock} points at this server (plain HTTP, a token user,
     * namespace {@link #NAMESPACE}), for code that connects the way users do.
     */
    public java.nio.file.Path writeKubeconfig(java.nio.file.Path dir) throws java.io.IOException {
        String url = client.getMasterUrl().toString().replaceAll("/+$", "");
        java.nio.file.Path file = dir.resolve("kubeconfig");
        java.nio.file.Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: mock
                    cluster: {server: "%s"}
                contexts:
                  - name: mock
                    context: {cluster: mock, user: tester, namespace: %s}
                current-context: mock
                users:
                  - name: tester
                    user: {token: test-token}
                """.formatted(url, NAMESPACE));
        return file;
    }

    public FakeArgoController controller() {
        return new FakeArgoController(controllerClient, NAMESPACE);
    }

    ArgoRuntime runtime() {
        return runtime(ConnectionOptions.defaults().withNamespace(NAMESPACE));
    }

    ArgoRuntime runtime(ConnectionOptions options) {
        return new ArgoRuntime(client, options.namespace() == null ? options.withNamespace(NAMESPACE) : options);
    }

    @Override
    public void close() {
        client.close();
        controllerClient.close();
        server.destroy();
    }

    /** Delegates to the mixed dispatcher, tracking Workflow watch connections so tests can break them. */
    static final class FaultyDispatcher extends Dispatcher implements Resetable, CustomResourceAware {
        private final KubernetesMixedDispatcher delegate;
        private final List<WebSocket> openWatches = new CopyOnWriteArrayList<>();
        final AtomicInteger watchRequests = new AtomicInteger();
        final AtomicInteger listRequests = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        /** What the runtime's client asked of the Workflow API, in order: LIST, WATCH, GONE (a 410 answer), REFUSED. */
        final List<String> log = new CopyOnWriteArrayList<>();
        private volatile boolean outage;
        private volatile boolean goneOnNextWatch;
        private volatile CountDownLatch refusedLatch = new CountDownLatch(0);
        private volatile CountDownLatch goneServed = new CountDownLatch(0);

        FaultyDispatcher(KubernetesMixedDispatcher delegate) {
            this.delegate = delegate;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            boolean workflows = path.contains("/apis/argoproj.io/v1alpha1/namespaces/" + NAMESPACE + "/workflows");
            boolean fromController = CONTROLLER_USER.equals(request.getHeader("Impersonate-User"));
            if (workflows && outage && !fromController) {
                refused.incrementAndGet();
                log.add("REFUSED " + (path.contains("watch=true") ? "WATCH" : "LIST"));
                refusedLatch.countDown();
                return new MockResponse().setResponseCode(503).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"message\":\"service unavailable (test outage)\",\"code\":503}");
            }
            boolean get = "GET".equals(request.getMethod());
            if (workflows && get && path.contains("watch=true")) {
                watchRequests.incrementAndGet();
                if (goneOnNextWatch) {
                    goneOnNextWatch = false;
                    log.add("GONE");
                    goneServed.countDown();
                    return gone();
                }
                if (!fromController) {
                    log.add("WATCH");
                }
                MockResponse r = delegate.dispatch(request);
                WebSocketListener inner = r.getWebSocketListener();
                if (inner != null) {
                    r.withWebSocketUpgrade(new Tracking(inner));
                }
                return r;
            }
            if (workflows && get && !path.contains("/workflows/")) {
                listRequests.incrementAndGet();
                if (!fromController) {
                    log.add("LIST");
                }
            }
            return delegate.dispatch(request);
        }

        /**
         * Starts or ends an outage of the Workflow API for every client but the fake controller's
         * (503 Service Unavailable); starting one returns a latch that opens on the first refusal.
         */
        CountDownLatch outage(boolean on) {
            if (on) {
                refusedLatch = new CountDownLatch(1);
            }
            outage = on;
            return refusedLatch;
        }

        /** The next watch request is answered with 410 Gone; the latch opens when it was. */
        CountDownLatch goneOnNextWatch() {
            goneServed = new CountDownLatch(1);
            goneOnNextWatch = true;
            return goneServed;
        }

        /** Closes every open Workflow watch from the server's side, as a lost connection would. */
        int dropWatches() {
            int n = 0;
            for (WebSocket ws : openWatches) {
                ws.close(1011, "connection lost (test)");
                n++;
            }
            openWatches.clear();
            return n;
        }

        int openWatchCount() {
            return openWatches.size();
        }

        boolean awaitOpenWatch(long seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (openWatches.isEmpty()) {
                if (System.nanoTime() > end) {
                    return false;
                }
                synchronized (openWatches) {
                    openWatches.wait(20);
                }
            }
            return true;
        }

        private static MockResponse gone() {
            String status = "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                    + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"too old resource version\","
                    + "\"reason\":\"Expired\",\"code\":410}}";
            return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
                @Override
                public void onOpen(WebSocket ws, Response response) {
                    ws.send(status);
                    ws.close(1000, "gone");
                }
            });
        }

        @Override
        public void reset() {
            delegate.reset();
        }

        @Override
        public void expectCustomResource(CustomResourceDefinitionContext ctx) {
            delegate.expectCustomResource(ctx);
        }

        private final class Tracking extends WebSocketListener {
            private final WebSocketListener inner;

            Tracking(WebSocketListener inner) {
                this.inner = inner;
            }

            @Override
            public void onOpen(WebSocket ws, Response response) {
                inner.onOpen(ws, response);
                openWatches.add(ws);
                synchronized (openWatches) {
                    openWatches.notifyAll();
                }
            }

            @Override
            public void onMessage(WebSocket ws, String text) {
                inner.onMessage(ws, text);
            }

            @Override
            public void onClosing(WebSocket ws, int code, String reason) {
                inner.onClosing(ws, code, reason);
            }

            @Override
            public void onClosed(WebSocket ws, int code, String reason) {
                openWatches.remove(ws);
                inner.onClosed(ws, code, reason);
            }

            @Override
            public void onFailure(WebSocket ws, Throwable t, Response response) {
                openWatches.remove(ws);
                inner.onFailure(ws, t, response);
            }
        }
    }
}
