package dev.orrery.runtime.local;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs left unfinished by an Orrery process that is gone (killed, crashed, power cut): their
 * leftover processes are ended and they are marked Error with a message saying why, so they do
 * not show as Running forever. Runs whose owner is still alive (another Orrery) are left alone.
 */
final class StaleRuns {
    private StaleRuns() {
    }

    static RunState recover(RunStore store, RunState s) {
        if (s.phase().isFinished() || store.ownerAlive(s.id())) {
            return s;
        }
        for (ProcessHandle h : store.leftovers(s.id())) {
            ProcessTrees.kill(h, ProcessTrees.ownGroups(), Duration.ofSeconds(2));
        }
        long pid = store.ownerPid(s.id());
        String message = "the Orrery process that ran this" + (pid > 0 ? " (pid " + pid + ")" : "")
                + " ended before the run finished; its step processes were stopped";
        Instant now = Instant.now();
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState n : s.nodes()) {
            if (n.phase().isFinished()) {
                nodes.add(n);
            } else {
                Phase p = n.startedAt() == null ? Phase.OMITTED : Phase.ERROR;
                nodes.add(new NodeState(n.id(), n.name(), n.stepName(), n.displayName(), n.templateName(), n.type(), p,
                        n.boundaryId(), n.children(), n.startedAt(), n.startedAt() == null ? null : now, message,
                        n.exitCode(), n.outputs(), n.attempts(), n.resources()));
            }
        }
        RunState recovered = new RunState(s.ref(), s.name(), s.pipelineName(), s.runtimeDisplayName(), Phase.ERROR,
                s.startedAt(), now, message, s.progress(), s.parameters(), nodes, s.revision() + 1);
        try {
            store.write(recovered);
        } catch (IOException e) {
            System.err.println("orrery: cannot update " + store.dir(s.id()) + ": " + e.getMessage());
        }
        return recovered;
    }
}
