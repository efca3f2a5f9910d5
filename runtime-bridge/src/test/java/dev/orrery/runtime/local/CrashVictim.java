package dev.orrery.runtime.local;

import dev.orrery.runtime.LogListener;
import dev.orrery.runtime.LogOptions;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.SubmitOptions;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A separate JVM for {@link CrashTest}: starts a run whose step leaves a background {@code sleep},
 * prints the step's log lines to stdout (so the test knows the sleep's pid), then waits to be killed.
 */
public final class CrashVictim {
    private CrashVictim() {
    }

    public static void main(String[] args) throws Exception {
        LocalRuntime runtime = new LocalRuntime(Path.of(args[0]));
        RunRef ref = runtime.submit(Fixtures.pipeline("victim", Fixtures.dag("main", Fixtures.step("a", "slow")),
                Fixtures.bash("slow", "sleep 300 & echo child $!; wait")), SubmitOptions.DEFAULTS);
        CountDownLatch started = new CountDownLatch(1);
        runtime.watch(s -> {
            if (s.ref().equals(ref) && s.node(ref.runId() + ".a").isPresent()) {
                started.countDown();
            }
        });
        started.await();
        runtime.logs(ref, ref.runId() + ".a", LogOptions.FOLLOW, new LogListener() {
            @Override
            public void onLine(String line) {
                System.out.println(line);
                System.out.flush();
            }
        });
        new CountDownLatch(1).await();
    }
}
