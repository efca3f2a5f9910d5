package dev.orrery.runtime.argo;

import dev.orrery.runtime.RuntimeFailure;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;

/**
 * Opens a fabric8 client from a kubeconfig. Authentication is fabric8's (client certificates, tokens,
 * exec plugins such as {@code aws eks get-token} or {@code gke-gcloud-auth-plugin}, OIDC refresh);
 * TLS is verified against the kubeconfig's certificate authority unless the kubeconfig itself says
 * {@code insecure-skip-tls-verify}. Orrery never turns verification off on its own.
 */
public final class ArgoConnection {
    private ArgoConnection() {
    }

    /** The client config for the options' kubeconfig, context and namespace. */
    public static Config config(ConnectionOptions options) {
        Config base;
        try {
            if (options.kubeconfig() != null) {
                if (!Files.isRegularFile(options.kubeconfig())) {
                    throw new RuntimeFailure("kubeconfig " + options.kubeconfig() + " does not exist");
                }
                base = Config.fromKubeconfig(options.context(), options.kubeconfig().toFile());
            } else {
                base = Config.autoConfigure(options.context());
            }
        } catch (RuntimeFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuntimeFailure("cannot read the kubeconfig" + (options.context() == null ? ""
                    : " for context '" + options.context() + "'") + ": " + e.getMessage(), e);
        }
        if (options.context() != null && (base.getCurrentContext() == null
                || !options.context().equals(base.getCurrentContext().getName()))) {
            throw new RuntimeFailure("the kubeconfig has no context named '" + options.context() + "'");
        }
        ConfigBuilder b = new ConfigBuilder(base);
        if (options.namespace() != null && !options.namespace().isBlank()) {
            b.withNamespace(options.namespace());
        } else if (base.getNamespace() == null) {
            b.withNamespace("default");
        }
        // fabric8 retries a failed request 10 times with backoff (~22 s for a refused connection, minutes for a
        // server that never answers); a user waiting at a prompt wants the first failure, so: no retries, and
        // one timeout for connecting and for each answer. Watches reconnect on their own backoff regardless.
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, options.connectTimeoutOrDefault().toMillis());
        b.withConnectionTimeout(timeoutMillis);
        b.withRequestTimeout(timeoutMillis);
        b.withRequestRetryBackoffLimit(0);
        return b.build();
    }

    /** A client for the options; close it when done. */
    public static KubernetesClient open(ConnectionOptions options) {
        return new KubernetesClientBuilder().withConfig(config(options)).build();
    }
}
