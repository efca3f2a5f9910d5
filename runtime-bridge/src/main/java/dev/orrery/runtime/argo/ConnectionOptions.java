package dev.orrery.runtime.argo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link ArgoRuntime} reaches a cluster. Every field may be null, meaning the usual default.
 *
 * @param kubeconfig the kubeconfig file; null: {@code KUBECONFIG}, then {@code ~/.kube/config}, then in-cluster
 * @param context the kubeconfig context; null: the current context
 * @param namespace the namespace of the runs; null: the context's namespace, else {@code default}
 * @param argoServer argo-server's URL (e.g. {@code https://localhost:2746}); when set, artifacts are
 *        downloaded through it rather than straight from the artifact repository
 * @param argoServerToken the token for argo-server ({@code argo auth token}); with or without {@code Bearer }
 * @param controllerNamespace where the workflow-controller's config map lives; null: {@code argo}
 * @param artifactEndpoint replaces the artifact repository's endpoint (the one in the cluster's config
 *        is often a cluster-internal name; point this at a port-forward such as {@code http://localhost:9000})
 * @param connectTimeout how long to wait for a connection and for each answer of the cluster (requests are
 *        not retried, so this bounds how long a failure takes to report); null: 10 seconds
 */
public record ConnectionOptions(Path kubeconfig, String context, String namespace, URI argoServer,
        String argoServerToken, String controllerNamespace, URI artifactEndpoint, Duration connectTimeout) {

    public static final String DEFAULT_CONTROLLER_NAMESPACE = "argo";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public static ConnectionOptions defaults() {
        return new ConnectionOptions(null, null, null, null, null, null, null, null);
    }

    public ConnectionOptions withKubeconfig(Path file) {
        return new ConnectionOptions(file, context, namespace, argoServer, argoServerToken, controllerNamespace,
                artifactEndpoint, connectTimeout);
    }

    public ConnectionOptions withContext(String ctx) {
        return new ConnectionOptions(kubeconfig, ctx, namespace, argoServer, argoServerToken, controllerNamespace,
                artifactEndpoint, connectTimeout);
    }

    public ConnectionOptions withNamespace(String ns) {
        return new ConnectionOptions(kubeconfig, context, ns, argoServer, argoServerToken, controllerNamespace,
                artifactEndpoint, connectTimeout);
    }

    public ConnectionOptions withArgoServer(URI url, String token) {
        return new ConnectionOptions(kubeconfig, context, namespace, url, token, controllerNamespace,
                artifactEndpoint, connectTimeout);
    }

    public ConnectionOptions withControllerNamespace(String ns) {
        return new ConnectionOptions(kubeconfig, context, namespace, argoServer, argoServerToken, ns,
                artifactEndpoint, connectTimeout);
    }

    public ConnectionOptions withArtifactEndpoint(URI endpoint) {
        return new ConnectionOptions(kubeconfig, context, namespace, argoServer, argoServerToken, controllerNamespace,
                endpoint, connectTimeout);
    }

    public ConnectionOptions withConnectTimeout(Duration timeout) {
        return new ConnectionOptions(kubeconfig, context, namespace, argoServer, argoServerToken, controllerNamespace,
                artifactEndpoint, timeout);
    }

    Duration connectTimeoutOrDefault() {
        return connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    }

    String controllerNamespaceOrDefault() {
        return controllerNamespace == null || controllerNamespace.isBlank() ? DEFAULT_CONTROLLER_NAMESPACE
                : controllerNamespace;
    }
}
