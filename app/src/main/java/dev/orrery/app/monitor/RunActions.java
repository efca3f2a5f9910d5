package dev.orrery.app.monitor;

import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Runtime;
import java.util.function.BiPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The run toolbar: submit the open pipeline (to this computer or the connected cluster), and stop,
 * terminate, suspend, resume, retry, resubmit or delete the selected run, each after a
 * confirmation. The call runs off the FX thread; a failure (403, unsupported, …) goes to the banner.
 */
final class RunActions extends HBox {
    /** What the buttons act on and report to. */
    interface Target {
        RunState selectedRun();

        Runtime runtimeOf(RunRef ref);

        /**
         * Submits the designer's open pipeline to this computer (true) or the cluster (false), first
         * asking for its parameters' values when {@code askParameters}.
         */
        void submitOpenPipeline(boolean local, boolean askParameters);

        /** Selects a run (once it shows in the table). */
        void select(RunRef ref);

        void error(String message);

        void info(String message);
    }

    private final MonitorThreads threads;
    private final Target target;
    private final ObjectProperty<BiPredicate<String, String>> confirm = new SimpleObjectProperty<>();
    private final MenuItem submitCluster = new MenuItem("To the connected cluster");
    private final MenuItem submitClusterAsking = new MenuItem("To the connected cluster, with parameters…");
    private final Button stop = button("Stop", "mdi2s-stop-circle-outline", "action-stop");
    private final Button terminate = button("Terminate", "mdi2c-close-octagon-outline", "action-terminate");
    private final Button suspend = button("Suspend", "mdi2p-pause-circle-outline", "action-suspend");
    private final Button resume = button("Resume", "mdi2p-play-circle-outline", "action-resume");
    private final Button retry = button("Retry", "mdi2r-restart", "action-retry");
    private final Button resubmit = button("Resubmit", "mdi2r-replay", "action-resubmit");
    private final Button delete = button("Delete", "mdi2d-delete-outline", "action-delete");
    private javafx.scene.control.Label title;

    RunActions(MonitorThreads threads, Target target, BiPredicate<String, String> confirmation) {
        super(6);
        this.threads = threads;
        this.target = target;
        this.confirm.set(confirmation);
        setId("run-actions");
        getStyleClass().add("monitor-toolbar");
        MenuItem submitLocal = new MenuItem("To this computer");
        submitLocal.setId("submit-local");
        submitLocal.setOnAction(e -> target.submitOpenPipeline(true, false));
        MenuItem submitLocalAsking = new MenuItem("To this computer, with parameters…");
        submitLocalAsking.setId("submit-local-parameters");
        submitLocalAsking.setOnAction(e -> target.submitOpenPipeline(true, true));
        submitCluster.setId("submit-cluster");
        submitCluster.setOnAction(e -> target.submitOpenPipeline(false, false));
        submitClusterAsking.setId("submit-cluster-parameters");
        submitClusterAsking.setOnAction(e -> target.submitOpenPipeline(false, true));
        MenuButton submit = new MenuButton("Submit", new FontIcon("mdi2r-rocket-launch-outline"),
                submitLocal, submitLocalAsking, submitCluster, submitClusterAsking);
        submit.setId("action-submit");
        submit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        submit.setTooltip(new Tooltip("Submit the pipeline open in the designer"));
        javafx.scene.control.Label what = new javafx.scene.control.Label();
        what.setId("action-run-name");
        what.getStyleClass().add("run-title");
        this.title = what;
        stop.setOnAction(e -> act("Stop", "Stop run %s? Running steps are ended; exit handlers still run.",
                Runtime::stop));
        terminate.setOnAction(e -> act("Terminate", "Terminate run %s now, without exit handlers?",
                Runtime::terminate));
        suspend.setOnAction(e -> act("Suspend", "Suspend run %s? Running steps go on; no new step starts.",
                Runtime::suspend));
        resume.setOnAction(e -> act("Resume", "Resume run %s?", Runtime::resume));
        retry.setOnAction(e -> actNew("Retry", "Retry the failed steps of run %s?", Runtime::retry));
        resubmit.setOnAction(e -> actNew("Resubmit", "Submit run %s again as a new run with the same parameters?",
                Runtime::resubmit));
        delete.setOnAction(e -> act("Delete", "Delete run %s and what it stored? This cannot be undone.",
                Runtime::delete));
        getChildren().addAll(submit, new Separator(javafx.geometry.Orientation.VERTICAL), stop, terminate, suspend,
                resume, retry, resubmit, delete, new Separator(javafx.geometry.Orientation.VERTICAL), title);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        update(null, false);
    }

    private static Button button(String text, String icon, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        // icons only, so the bar fits beside the runs table; the tooltip names the action
        b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        b.setTooltip(new Tooltip(text + " the selected run"));
        return b;
    }

    /** Replaces the confirmation (tests answer it themselves). */
    void setConfirmation(BiPredicate<String, String> c) {
        confirm.set(c);
    }

    /** Enables what makes sense for the run's phase; submit to cluster needs a connection. */
    void update(RunState run, boolean clusterConnected) {
        submitCluster.setDisable(!clusterConnected);
        submitClusterAsking.setDisable(!clusterConnected);
        title.setText(run == null ? "No run selected" : run.name() + " · " + (run.runtimeDisplayName() == null
                ? run.ref().runtimeId() : run.runtimeDisplayName()));
        boolean none = run == null;
        boolean live = !none && !run.phase().isFinished();
        stop.setDisable(!live);
        terminate.setDisable(!live);
        suspend.setDisable(!live);
        resume.setDisable(!live);
        retry.setDisable(none || !run.phase().isUnsuccessful());
        resubmit.setDisable(none || live);
        delete.setDisable(none);
    }

    private interface Op {
        void apply(Runtime rt, RunRef ref);
    }

    private void act(String verb, String question, Op op) {
        RunState run = target.selectedRun();
        if (run == null || !confirm.get().test(verb + " run", question.formatted(run.name()))) {
            return;
        }
        RunRef ref = run.ref();
        threads.call(() -> {
            op.apply(target.runtimeOf(ref), ref);
            return ref;
        }, r -> target.info(verb + ": done for " + run.name()), e -> target.error(UserMessages.of(verb, e)));
    }

    private void actNew(String verb, String question, java.util.function.BiFunction<Runtime, RunRef, RunRef> op) {
        RunState run = target.selectedRun();
        if (run == null || !confirm.get().test(verb + " run", question.formatted(run.name()))) {
            return;
        }
        RunRef ref = run.ref();
        threads.call(() -> op.apply(target.runtimeOf(ref), ref), target::select,
                e -> target.error(UserMessages.of(verb, e)));
    }

}
