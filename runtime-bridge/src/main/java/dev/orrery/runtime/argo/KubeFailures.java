package dev.orrery.runtime.argo;

import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RuntimeFailure;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Turns fabric8's exceptions into failures a user can act on: 403 names the verb, resource and
 * namespace RBAC refused; 404 of a run is {@link RunNotFoundException}; network trouble says which
 * server could not be reached. The fabric8 exception stays attached as the cause for debugging.
 */
final class KubeFailures {
    private final String server;
    private final String namespace;

    KubeFailures(String server, String namespace) {
        this.server = server != null && server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.namespace = namespace;
    }

    /** Runs a call against the cluster, translating its failure. */
    <T> T call(String verb, String resource, RunRef run, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw translate(verb, resource, run, e);
        }
    }

    void run(String verb, String resource, RunRef run, Runnable call) {
        call(verb, resource, run, () -> {
            call.run();
            return null;
        });
    }

    RuntimeException translate(String verb, String resource, RunRef run, Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof RuntimeFailure || t instanceof RunNotFoundException) {
            return (RuntimeException) t;
        }
        if (t instanceof KubernetesClientException k) {
            int code = k.getCode();
            switch (code) {
                case 401:
                    return new RuntimeFailure("not authenticated with the cluster at " + server
                            + ": the kubeconfig's credentials were refused or have expired (log in again)", k);
                case 403:
                    return new RuntimeFailure("not allowed: " + verb + " " + resource + " in " + namespace
                            + " (RBAC)", k);
                case 404:
                    if (run != null) {
                        return new RunNotFoundException(run);
                    }
                    return new RuntimeFailure(resource + " not found in " + namespace
                            + (k.getName() == null ? "" : ": " + k.getName())
                            + (resource.startsWith("workflow") ? " (is Argo Workflows installed in the cluster?)" : ""),
                            k);
                case 409:
                    return new RuntimeFailure(resource + " changed or exists already: " + statusMessage(k), k);
                case 422:
                case 400:
                    return new RuntimeFailure("the cluster refused the " + singular(resource) + ": " + statusMessage(k), k);
                default:
                    break;
            }
            Throwable network = network(k);
            if (network != null || code == 0) {
                return unreachable(network != null ? network : k);
            }
            return new RuntimeFailure(verb + " " + resource + " in " + namespace + " failed (HTTP " + code + "): "
                    + statusMessage(k), k);
        }
        Throwable network = network(t);
        if (network != null) {
            return unreachable(network);
        }
        return new RuntimeFailure(verb + " " + resource + " failed: " + (t.getMessage() == null
                ? t.getClass().getSimpleName() : t.getMessage()), t);
    }

    /** The message for a watch that broke and has not come back yet. */
    String lostWatch() {
        return "lost the connection to the cluster at " + server + " (watching workflows in " + namespace
                + "); reconnecting";
    }

    RuntimeFailure unreachable(Throwable error) {
        for (Throwable c = error; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof UnresolvedAddressException) { // the JDK client's unknown host, under a ConnectException
                return new RuntimeFailure("cannot reach the cluster at " + server + ": unknown host "
                        + host() + " (check the network or VPN and the kubeconfig context)", c);
            }
        }
        Throwable cause = error;
        for (Throwable c = error; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof SSLException
                    || c instanceof HttpTimeoutException) {
                cause = c;
                break;
            }
            if (cause.getMessage() == null && c.getMessage() != null) {
                cause = c;
            }
        }
        String why = cause instanceof UnknownHostException ? "unknown host " + cause.getMessage()
                : cause instanceof SSLException ? "TLS handshake failed (" + cause.getMessage()
                        + "); check the kubeconfig's certificate authority"
                : cause instanceof HttpTimeoutException ? "timed out"
                : cause instanceof ConnectException ? "connection refused"
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new RuntimeFailure("cannot reach the cluster at " + server + ": " + why
                + " (check the network or VPN and the kubeconfig context)", cause);
    }

    private String host() {
        try {
            String h = java.net.URI.create(server).getHost();
            return h == null ? server : h;
        } catch (IllegalArgumentException e) {
            return server;
        }
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Throwable network(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String singular(String resource) {
        return resource.endsWith("s") ? resource.substring(0, resource.length() - 1) : resource;
    }

    private static String statusMessage(KubernetesClientException k) {
        if (k.getStatus() != null && k.getStatus().getMessage() != null) {
            return k.getStatus().getMessage();
        }
        return k.getMessage();
    }
}
