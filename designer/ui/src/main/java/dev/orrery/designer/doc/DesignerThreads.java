package dev.orrery.designer.doc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The designer's named background threads (daemon, so they never keep the application alive). */
public final class DesignerThreads {
    private DesignerThreads() {
    }

    public static ExecutorService single(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "orrery-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
