package dev.orrery.runtime.argo;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A RunListener that keeps every snapshot and lets a test wait (on a queue) for one it expects. */
final class Recorder implements RunListener {
    final List<RunState> all = new CopyOnWriteArrayList<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
    final List<RunRef> deleted = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();

    @Override
    public void onRun(RunState state) {
        all.add(state);
        events.add(state);
    }

    @Override
    public void onRunDeleted(RunRef ref) {
        deleted.add(ref);
        events.add(ref);
    }

    @Override
    public void onConnectionProblem(String problem) {
        problems.add(String.valueOf(problem));
        events.add(new Problem(problem));
    }

    private record Problem(String message) {
    }

    /** Waits up to 10 s for a connection report: a problem (lost) or its end (restored). */
    void awaitConnectionReport(boolean lost) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (String p : problems) {
                if (lost != p.equals("null")) {
                    return;
                }
            }
            long left = end - System.nanoTime();
            if (left <= 0 || events.poll(left, TimeUnit.NANOSECONDS) == null) {
                throw new AssertionError("no connection " + (lost ? "problem" : "recovery") + " reported; got "
                        + problems);
            }
        }
    }

    /** Waits up to 10 s for a snapshot of the run that matches. */
    RunState await(String runId, Predicate<RunState> match) throws InterruptedException {
        for (RunState s : all) {
            if (s.id().equals(runId) && match.test(s)) {
                return s;
            }
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            long left = end - System.nanoTime();
            Object e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no snapshot of " + runId + " matched within 10 s; last: " + last(runId));
            }
            if (e instanceof RunState s && s.id().equals(runId) && match.test(s)) {
                return s;
            }
        }
    }

    /** Waits for the deletion of the run. */
    void awaitDeleted(String runId) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (deleted.stream().noneMatch(r -> r.runId().equals(runId))) {
            long left = end - System.nanoTime();
            if (left <= 0 || events.poll(left, TimeUnit.NANOSECONDS) == null) {
                throw new AssertionError("run " + runId + " was not reported deleted");
            }
        }
    }

    RunState last(String runId) {
        RunState last = null;
        for (RunState s : all) {
            if (s.id().equals(runId)) {
                last = s;
            }
        }
        return last;
    }

    List<RunState> of(String runId) {
        return all.stream().filter(s -> s.id().equals(runId)).toList();
    }

    /** Every node phase change seen, in order, as the controller's transitions. */
    List<FakeArgoController.Transition> transitions(String runId) {
        Map<String, String> seen = new HashMap<>();
        List<FakeArgoController.Transition> out = new ArrayList<>();
        for (RunState s : of(runId)) {
            for (NodeState n : s.nodes()) {
                String phase = n.phase().argoName();
                if (!phase.equals(seen.get(n.id()))) {
                    seen.put(n.id(), phase);
                    out.add(new FakeArgoController.Transition(n.id(), n.displayName(), phase));
                }
            }
        }
        return out;
    }
}
