package dev.orrery.runtime.local;

import dev.orrery.core.model.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What the steps of one run share: the run's state, its folder, the workflow variables, the slots
 * that bound parallelism, the processes running (to stop them), the live logs, and the stop and
 * resume signals.
 */
final class RunContext {
    /** A process the run started; the container name is set in container mode. */
    record Running(Process process, boolean ownGroup, String containerName, ContainerMode mode) {
    }

    private static final int WAKE_ALL = 1_000_000;

    final LocalRun run;
    final Pipeline pipeline;
    final Path runDir;
    final Map<String, String> workflow = new ConcurrentHashMap<>();
    final int parallelism;
    final ContainerMode mode;
    final Duration killGrace;
    private final Semaphore slots;
    private final Set<Running> processes = ConcurrentHashMap.newKeySet();
    private final Map<String, NodeLog> logs;
    private final Object signals = new Object();
    private volatile boolean stopped;
    private volatile boolean runExitHandler = true;
    private volatile String stopMessage;
    private boolean exitHandlerReopened;
    private long resumes;
    private boolean suspended;

    RunContext(LocalRun run, Pipeline pipeline, Path runDir, int parallelism, ContainerMode mode, Duration killGrace,
            Map<String, NodeLog> logs) {
        this.run = run;
        this.pipeline = pipeline;
        this.runDir = runDir;
        this.parallelism = parallelism;
        this.mode = mode;
        this.killGrace = killGrace;
        this.slots = new Semaphore(parallelism, true);
        this.logs = logs;
    }

    String logKey(String nodeId) {
        return run.name() + "\u0000" + nodeId;
    }

    NodeLog log(String nodeId) {
        return logs.computeIfAbsent(logKey(nodeId), k -> new NodeLog(NodeFolder.of(runDir, nodeId).log()));
    }

    void endLog(String nodeId) {
        NodeLog l = logs.remove(logKey(nodeId));
        if (l != null) {
            l.end();
        }
    }

    /**
     * Takes a slot, first waiting while the run is suspended; false when the run was stopped while
     * waiting (stop wakes every waiter).
     */
    boolean acquireSlot() throws InterruptedException {
        synchronized (signals) {
            while (suspended && !stopped) {
                signals.wait();
            }
        }
        if (stopped) {
            return false;
        }
        slots.acquire();
        if (stopped) {
            slots.release();
            return false;
        }
        return true;
    }

    void releaseSlot() {
        slots.release();
    }

    void started(Running r) {
        processes.add(r);
        try {
            var start = r.process().info().startInstant().map(Instant::toString).orElse("-");
            PrivateFiles.ensureFile(runDir.resolve("pids"));
            Files.writeString(runDir.resolve("pids"), r.process().pid() + " " + start + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // only crash recovery uses this file; the run goes on
        }
        if (stopped) {
            kill(r);
        }
    }

    void ended(Running r) {
        processes.remove(r);
    }

    boolean stopped() {
        return stopped;
    }

    boolean runExitHandler() {
        return runExitHandler;
    }

    String stopMessage() {
        return stopMessage;
    }

    /** Stops the run: no new steps start, running processes are killed with their trees. */
    void stop(String message, boolean withExitHandler) {
        synchronized (signals) {
            if (stopped || (exitHandlerReopened && withExitHandler)) {
                return;
            }
            if (!exitHandlerReopened) {
                stopMessage = message;
            }
            runExitHandler = withExitHandler;
            stopped = true;
            signals.notifyAll();
        }
        // wake the steps waiting for a slot; they see the stop and give up. The exit handler that may
        // follow a stop then runs without the parallelism bound.
        slots.release(WAKE_ALL);
        killAll();
    }

    /**
     * After a stop that keeps exit handlers (Argo's stop, not terminate): lets the exit handler
     * start; a later terminate stops it again.
     */
    void reopenForExitHandler() {
        synchronized (signals) {
            if (stopped && runExitHandler) {
                stopped = false;
                exitHandlerReopened = true;
            }
        }
    }

    void killAll() {
        var threads = processes.stream().map(r -> Thread.ofVirtual().start(() -> kill(r))).toList();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void kill(Running r) {
        if (r.containerName() != null) {
            try {
                new ProcessBuilder(r.mode().cli(), "kill", r.containerName()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the CLI is gone; killing the client below is all we can do
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ProcessTrees.kill(r.process().toHandle(), r.ownGroup(), killGrace);
    }

    /** Waits for the duration, or less when the run is stopped; true when it was stopped. */
    boolean pause(Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        synchronized (signals) {
            while (!stopped) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(signals, left);
            }
            return true;
        }
    }

    /** How many times the run was resumed; read before announcing a wait, then pass to {@link #awaitResume}. */
    long resumes() {
        synchronized (signals) {
            return resumes;
        }
    }

    /**
     * Waits for a {@link #resume()} after the one counted in {@code seen}, the deadline (null:
     * none), or stop; true when resumed or timed out.
     */
    boolean awaitResume(long seen, Instant deadline) throws InterruptedException {
        synchronized (signals) {
            while (!stopped && resumes == seen) {
                if (deadline != null) {
                    long left = Duration.between(Instant.now(), deadline).toNanos();
                    if (left <= 0) {
                        return true;
                    }
                    TimeUnit.NANOSECONDS.timedWait(signals, left);
                } else {
                    signals.wait();
                }
            }
            return !stopped;
        }
    }

    /** Argo's suspend: steps already running go on, no new step starts until {@link #resume()}. */
    void suspend() {
        synchronized (signals) {
            suspended = true;
        }
    }

    boolean suspended() {
        synchronized (signals) {
            return suspended;
        }
    }

    /** Ends a suspension and lets approval steps that wait for a resume go on. */
    void resume() {
        synchronized (signals) {
            suspended = false;
            resumes++;
            signals.notifyAll();
        }
    }
}
