package dev.orrery.designer.doc;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The document's current problems, kept up to date: after each revision the pipeline is copied on
 * the FX thread, checked on a background executor, and the result published back on the FX thread
 * (stale results, from an older revision, are dropped).
 */
public final class Problems {
    private final DesignDocument doc;
    private final PipelineChecker checker;
    private final Executor executor;
    private final ObservableList<Diagnostic> all = FXCollections.observableArrayList();
    private Map<String, List<Diagnostic>> byStep = Map.of();
    private int checkedRevision = -1;

    public Problems(DesignDocument doc, PipelineChecker checker, Executor executor) {
        this.doc = doc;
        this.checker = checker;
        this.executor = executor;
        doc.revisionProperty().addListener((o, a, b) -> schedule());
        schedule();
    }

    private void schedule() {
        int revision = doc.revision();
        Pipeline snapshot = doc.snapshot();
        try {
            executor.execute(() -> {
                List<Diagnostic> found = safeCheck(snapshot);
                Map<String, List<Diagnostic>> index = index(snapshot, found);
                Platform.runLater(() -> publish(revision, found, index));
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the designer is shut down: closing the window committed a field being edited, and
            // nobody will see the findings of that last edit
        }
    }

    private List<Diagnostic> safeCheck(Pipeline p) {
        try {
            return checker.check(p);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error(dev.orrery.core.diag.Location.NONE,
                    "the validator failed: " + e + "; please report this"));
        }
    }

    /** Problems of a step of the shown graph; those of the template it runs count too. */
    private static Map<String, List<Diagnostic>> index(Pipeline p, List<Diagnostic> found) {
        Map<String, Set<String>> stepsOfTemplate = new HashMap<>();
        Set<String> stepNames = new HashSet<>();
        p.mainGraph().ifPresent(g -> {
            for (Step s : g.steps) {
                stepNames.add(s.name);
                if (s.template != null) {
                    stepsOfTemplate.computeIfAbsent(s.template, k -> new HashSet<>()).add(s.name);
                }
            }
        });
        Map<String, List<Diagnostic>> out = new HashMap<>();
        for (Diagnostic d : found) {
            String where = d.location().step();
            if (where == null) {
                continue;
            }
            Set<String> targets = new HashSet<>(stepsOfTemplate.getOrDefault(where, Set.of()));
            if (stepNames.contains(where)) {
                targets.add(where);
            }
            targets.forEach(t -> out.computeIfAbsent(t, k -> new ArrayList<>()).add(d));
        }
        return out;
    }

    private void publish(int revision, List<Diagnostic> found, Map<String, List<Diagnostic>> index) {
        if (revision < checkedRevision || revision != doc.revision()) {
            return;
        }
        checkedRevision = revision;
        byStep = index;
        all.setAll(found);
    }

    public ObservableList<Diagnostic> all() {
        return all;
    }

    public List<Diagnostic> of(String step) {
        return byStep.getOrDefault(step, List.of());
    }

    /** The revision the list describes; equals the document's once checking caught up. */
    public int checkedRevision() {
        return checkedRevision;
    }
}
