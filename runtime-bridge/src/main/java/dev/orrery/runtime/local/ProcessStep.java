package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.RetryStrategy;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.Phase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one container or script step as a local process: prepares its folder and input artifacts,
 * runs attempts (retries with backoff), enforces the template's timeout by killing the process
 * tree, and reads the outputs (parameters from files, the result from stdout, artifacts).
 */
final class ProcessStep {
    /** Argo keeps at most this much of stdout as {@code outputs.result}. */
    static final int MAX_RESULT_BYTES = 256 * 1024;

    private final RunContext ctx;

    ProcessStep(RunContext ctx) {
        this.ctx = ctx;
    }

    /** How an attempt ended; {@code final} when no retry may follow (stopped, or the node's timeout passed). */
    private record Attempt(Phase phase, String message, Integer exitCode, boolean isFinal, String result) {
        Attempt(Phase phase, String message, Integer exitCode) {
            this(phase, message, exitCode, false, null);
        }

        Attempt(Phase phase, String message, Integer exitCode, boolean isFinal) {
            this(phase, message, exitCode, isFinal, null);
        }
    }

    /**
     * Runs the step to its end. Whatever goes wrong in Orrery meanwhile (an unwritable log, even an
     * {@link Error}) ends the node as Error with a message; it is never left Running.
     */
    StepResult run(Template t, String nodeId, Map<String, String> inputs, Map<String, Path> inputArtifacts) {
        try {
            return runAttempts(t, nodeId, inputs, inputArtifacts);
        } catch (Throwable e) {
            return error(nodeId, ctx.log(nodeId), StepOutputs.describe(e));
        }
    }

    private StepResult runAttempts(Template t, String nodeId, Map<String, String> inputs,
            Map<String, Path> inputArtifacts) {
        NodeFolder folder = NodeFolder.of(ctx.runDir, nodeId);
        NodeLog log = ctx.log(nodeId);
        Instant start = Instant.now();
        LaunchSpec spec;
        Duration timeout;
        try {
            PrivateFiles.createDirectories(folder.work());
            PrivateFiles.createDirectories(folder.fs());
            Map<String, String> artifactPaths = stageInputs(t, folder, inputArtifacts);
            for (String declared : StepCommand.declaredPaths(t)) {
                // the folders a step writes its outputs into exist, as they usually do in an image
                PrivateFiles.createDirectories(folder.map(declared).getParent());
            }
            Scope scope = Scope.of(ctx.workflow, inputs, artifactPaths);
            timeout = Durations.parse(scope.expand(t.timeout));
            spec = StepCommand.build(t, scope, folder, ctx.mode, ctx.run.name(), nodeId);
            if (spec.script() != null) {
                PrivateFiles.writeString(folder.script(), spec.script());
            }
        } catch (IOException e) {
            return error(nodeId, log, "cannot prepare the step's folder " + folder.dir() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return error(nodeId, log, e.getMessage());
        }
        Instant deadline = timeout == null ? null : start.plus(timeout);
        Duration perAttempt;
        try {
            perAttempt = Durations.parse(t.extra.path("activeDeadlineSeconds"));
        } catch (RuntimeException e) {
            return error(nodeId, log, "activeDeadlineSeconds: " + e.getMessage());
        }
        Retries retries = Retries.of(t.retryStrategy, ctx.workflow);
        Attempt attempt;
        int n = 0;
        while (true) {
            n++;
            if (n > 1) {
                log.append("[orrery] attempt " + n + " of " + (retries.limit() + 1));
            }
            attempt = attempt(nodeId, spec, folder, log, deadline, timeout, perAttempt);
            if (attempt == null) {
                attempt = new Attempt(Phase.FAILED, ctx.stopMessage(), null);
                break;
            }
            if (attempt.phase() == Phase.SUCCEEDED || attempt.isFinal() || !retries.retries(attempt.phase(), n)) {
                break;
            }
            Duration wait = retries.backoff(n);
            if (retries.beyondMax(start, wait)) {
                log.append("[orrery] no more retries: the backoff would pass maxDuration");
                break;
            }
            log.append("[orrery] " + attempt.message() + "; retrying in " + Durations.format(wait));
            final Attempt failed = attempt;
            ctx.run.update(nodeId, node -> node.message = failed.message() + "; retrying");
            try {
                if (ctx.pause(wait)) {
                    attempt = new Attempt(Phase.FAILED, ctx.stopMessage(), attempt.exitCode());
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return finish(t, nodeId, folder, log, attempt);
    }

    /** One attempt; null when the run was stopped before it could start. */
    private Attempt attempt(String nodeId, LaunchSpec spec, NodeFolder folder, NodeLog log, Instant nodeDeadline,
            Duration timeout, Duration perAttempt) {
        try {
            if (ctx.suspended()) {
                ctx.run.update(nodeId, node -> node.message = "waiting: the run is suspended");
            }
            if (!ctx.acquireSlot()) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            ctx.run.update(nodeId, node -> {
                node.phase = Phase.RUNNING;
                node.message = null;
                node.attempts++;
                if (node.startedAt == null) {
                    node.startedAt = Instant.now();
                }
            });
            ProcessBuilder pb = new ProcessBuilder(ProcessTrees.inOwnGroup(spec.argv())).directory(spec.workDir().toFile());
            pb.environment().putAll(spec.env());
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                return new Attempt(Phase.ERROR, "cannot start " + spec.argv().get(0) + ": " + e.getMessage(), null);
            }
            RunContext.Running running = new RunContext.Running(p, ProcessTrees.ownGroups(), spec.containerName(), ctx.mode);
            ctx.started(running);
            OutputPump out = OutputPump.start(p.getInputStream(), log, MAX_RESULT_BYTES, "orrery-stdout");
            OutputPump err = OutputPump.start(p.getErrorStream(), log, 0, "orrery-stderr");
            Instant attemptDeadline = perAttempt == null ? null : Instant.now().plus(perAttempt);
            boolean attemptFirst = attemptDeadline != null && (nodeDeadline == null || attemptDeadline.isBefore(nodeDeadline));
            Instant deadline = attemptFirst ? attemptDeadline : nodeDeadline;
            boolean timedOut = false;
            // a container's usage is the engine's, not its CLI's: only host processes are sampled
            ProcessUsage usage = new ProcessUsage(spec.containerName() == null);
            try {
                if (!usage.waitFor(p, deadline)) {
                    timedOut = true;
                    log.append("[orrery] " + (attemptFirst ? "activeDeadlineSeconds of " + Durations.format(perAttempt)
                            : "timeout of " + Durations.format(timeout)) + " reached; killing the process tree");
                    ctx.kill(running);
                }
                awaitPumps(p, running, out, err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ctx.kill(running);
            } finally {
                ctx.ended(running);
            }
            if (!usage.result().isEmpty()) {
                ctx.run.update(nodeId, node -> node.resources = usage.result());
            }
            int exit = p.exitValue();
            if (ctx.stopped()) {
                return new Attempt(Phase.FAILED, ctx.stopMessage(), exit, true);
            }
            if (timedOut && attemptFirst) {
                return new Attempt(Phase.FAILED, "exceeded activeDeadlineSeconds (" + Durations.format(perAttempt)
                        + "); the process tree was killed", exit);
            }
            if (timedOut) {
                return new Attempt(Phase.FAILED, "timed out after " + Durations.format(timeout)
                        + " (the template's timeout); the process tree was killed", exit, true);
            }
            Throwable lost = out.failure() != null ? out.failure() : err.failure();
            if (lost != null) {
                return new Attempt(Phase.ERROR, "collecting the step's output failed: " + StepOutputs.describe(lost),
                        exit);
            }
            return exit == 0 ? new Attempt(Phase.SUCCEEDED, null, 0, false, out.captured())
                    : new Attempt(Phase.FAILED, "exit code " + exit, exit, false, out.captured());
        } finally {
            ctx.releaseSlot();
        }
    }

    /**
     * Waits for the output pumps. A background child that outlives the step keeps its pipes open;
     * as when a container ends, what is left of the step's process group is killed.
     */
    private void awaitPumps(Process p, RunContext.Running running, OutputPump out, OutputPump err)
            throws InterruptedException {
        if (!out.join(Duration.ofSeconds(2)) || !err.join(Duration.ofSeconds(2))) {
            if (running.ownGroup()) {
                ProcessTrees.signalGroup(p.pid(), "-KILL");
            }
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            out.join();
            err.join();
        }
    }

    private Map<String, String> stageInputs(Template t, NodeFolder folder, Map<String, Path> sources) throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Artifact a : t.inputArtifacts) {
            if (a.path == null) {
                throw new IllegalArgumentException("input artifact '" + a.name + "' has no path");
            }
            Path target = folder.map(a.path);
            Path source = sources.get(a.name);
            JsonNode raw = a.extra.path("raw").path("data");
            if (source != null) {
                Containment.prepareTarget(folder.dir(), target, "input artifact '" + a.name + "'");
                Files2.copy(source, target);
            } else if (!raw.isMissingNode()) {
                Containment.prepareTarget(folder.dir(), target, "input artifact '" + a.name + "'");
                PrivateFiles.writeString(target, raw.asText());
            } else if (!Boolean.TRUE.equals(a.optional)) {
                throw new IllegalArgumentException("input artifact '" + a.name + "' has no source (no 'from' on the"
                        + " step, no raw data) and is not optional");
            }
            paths.put(a.name, ctx.mode == ContainerMode.HOST ? target.toString() : a.path);
        }
        return paths;
    }

    private StepResult finish(Template t, String nodeId, NodeFolder folder, NodeLog log, Attempt attempt) {
        StepOutputs.Collected outputs = new StepOutputs.Collected(Map.of(), Map.of(), List.of());
        String result = attempt.result();
        Phase phase = attempt.phase();
        String message = attempt.message();
        if (phase == Phase.SUCCEEDED) {
            try {
                outputs = StepOutputs.collect(t, folder, ctx.run.ref(), nodeId, note -> {
                    try {
                        log.append("[orrery] " + note);
                    } catch (RuntimeException logFailed) {
                        // a note only: a broken log must not fail a step that did its work
                    }
                });
            } catch (Throwable e) { // even an OutOfMemoryError ends the node, never leaves it Running
                outputs = new StepOutputs.Collected(Map.of(), Map.of(), List.of());
                phase = Phase.ERROR;
                message = StepOutputs.describe(e);
                try {
                    log.append("[orrery] " + message);
                } catch (RuntimeException logFailed) {
                    // the node's message says it; a broken log must not hide the first failure
                }
            }
        }
        Phase finalPhase = phase;
        String finalMessage = message;
        StepOutputs.Collected collected = outputs;
        ctx.run.update(nodeId, node -> {
            node.phase = finalPhase;
            node.message = finalMessage;
            node.exitCode = attempt.exitCode();
            node.finishedAt = Instant.now();
            node.parameters = new LinkedHashMap<>(collected.parameters());
            node.result = result;
            node.artifacts = new ArrayList<>(collected.refs());
        });
        ctx.endLog(nodeId);
        return new StepResult(finalPhase, collected.parameters(), result, collected.artifacts(), attempt.exitCode(),
                List.of());
    }

    private StepResult error(String nodeId, NodeLog log, String message) {
        try {
            log.append("[orrery] " + message);
        } catch (RuntimeException e) {
            // the log itself is what failed; the node's message still says why
        }
        ctx.run.update(nodeId, node -> {
            node.phase = Phase.ERROR;
            node.message = message;
            node.finishedAt = Instant.now();
        });
        ctx.endLog(nodeId);
        return StepResult.of(Phase.ERROR);
    }

    /** Argo's retryStrategy for the local runner: limit, policy, backoff. */
    record Retries(int limit, String policy, Duration backoff, double factor, Duration max) {
        static Retries of(RetryStrategy r, Map<String, String> workflow) {
            if (r == null) {
                return new Retries(0, null, Duration.ZERO, 1, null);
            }
            int limit = 0;
            if (r.limit != null) {
                String text = r.limit.asText().trim();
                try {
                    limit = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("retry limit '" + text + "' is not a number");
                }
            } else {
                limit = Integer.MAX_VALUE; // Argo: no limit means retry until it succeeds
            }
            Duration backoff = Durations.parse(r.backoffDuration);
            double factor = r.backoffFactor == null ? 1 : Double.parseDouble(r.backoffFactor.asText());
            return new Retries(limit, r.retryPolicy, backoff == null ? Duration.ZERO : backoff, factor,
                    Durations.parse(r.backoffMaxDuration));
        }

        boolean retries(Phase phase, int attemptsSoFar) {
            if (attemptsSoFar > limit) {
                return false;
            }
            String p = policy == null ? "OnFailure" : policy;
            return switch (p) {
                case "Always" -> phase == Phase.FAILED || phase == Phase.ERROR;
                case "OnError", "OnTransientError" -> phase == Phase.ERROR;
                default -> phase == Phase.FAILED;
            };
        }

        Duration backoff(int attemptsSoFar) {
            double ms = backoff.toMillis() * Math.pow(factor, attemptsSoFar - 1);
            return Duration.ofMillis((long) Math.min(ms, Long.MAX_VALUE / 2.0));
        }

        boolean beyondMax(Instant start, Duration nextWait) {
            return max != null && Duration.between(start, Instant.now()).plus(nextWait).compareTo(max) > 0;
        }
    }
}
