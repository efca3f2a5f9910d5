package dev.orrery.app.monitor;

import dev.orrery.runtime.RunNotFoundException;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.UnsupportedRunOperationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns a failure into one sentence for the banner: what failed and, where we know, what to do.
 * Never a stack trace; the runtimes already phrase their {@link RuntimeFailure}s for people.
 */
final class UserMessages {
    private UserMessages() {
    }

    static String of(String action, Throwable error) {
        Throwable t = unwrap(error);
        String what;
        if (t instanceof UnsupportedRunOperationException u) {
            what = u.operation() + " is not supported for runs on " + ("local".equals(u.runtimeId())
                    ? "this computer" : u.runtimeId());
        } else if (t instanceof RunNotFoundException nf) {
            what = "the run " + nf.ref().runId() + " no longer exists (deleted?)";
        } else if (t instanceof RuntimeFailure) {
            what = t.getMessage();
        } else if (t instanceof UnknownHostException || t instanceof ConnectException) {
            what = "cannot reach the server (" + t.getMessage() + "); check the network connection";
        } else if (t instanceof IOException || t instanceof UncheckedIOException) {
            what = t.getMessage() == null ? "an I/O error" : t.getMessage();
        } else if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            what = t.getMessage();
        } else {
            what = (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return action + " failed: " + what;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof UncheckedIOException && t.getCause() != null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
