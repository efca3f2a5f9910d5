package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunRef;
import dev.orrery.runtime.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The node chooser of a step that ran thousands of times follows each snapshot by replacing only the
 * nodes that changed, and keeps the chosen node.
 */
class NodeDetailsTest {
    private static final RunRef RUN = new RunRef("stub", "sweep-run");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSnapshotReplacesOnlyTheNodesItChangedAndTheChosenNodeStays() throws Exception {
        NodeDetails details = onFx(NodeDetails::new);
        @SuppressWarnings("unchecked")
        ComboBox<NodeState> chooser = onFx(() -> (ComboBox<NodeState>) details.lookup("#node-choice"));
        RunState first = run(2000, -1, 1);
        onFx(() -> {
            details.show(first, "train");
            chooser.getSelectionModel().select(5);
            return null;
        });
        List<NodeState> before = onFx(() -> List.copyOf(chooser.getItems()));
        assertThat(before).hasSize(2000);

        RunState second = run(2000, 7, 2); // node 7 finished
        onFx(() -> {
            details.show(second, "train");
            return null;
        });

        List<NodeState> after = onFx(() -> List.copyOf(chooser.getItems()));
        assertThat(after).hasSize(2000);
        assertThat(after.get(7).phase()).isEqualTo(Phase.SUCCEEDED);
        for (int i = 0; i < after.size(); i++) {
            if (i != 7) {
                assertThat(after.get(i)).as("node %d did not change: the same item stays", i).isSameAs(before.get(i));
            }
        }
        assertThat(onFx(() -> details.selectedProperty().get().id())).isEqualTo("n5");
        assertThat(onFx(() -> chooser.getSelectionModel().getSelectedIndex())).isEqualTo(5);

        // another set of nodes (a retry added one): the list is replaced, the chosen node kept
        RunState third = run(2001, 7, 3);
        onFx(() -> {
            details.show(third, "train");
            return null;
        });
        assertThat(onFx(() -> chooser.getItems().size())).isEqualTo(2001);
        assertThat(onFx(() -> details.selectedProperty().get().id())).isEqualTo("n5");
    }

    /** A run whose step {@code train} fanned out into {@code count} pods, all running but {@code done}. */
    private static RunState run(int count, int done, long revision) {
        List<NodeState> nodes = new ArrayList<>();
        List<String> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add("n" + i);
        }
        nodes.add(new NodeState("root", "sweep-run", null, "sweep-run", "main", NodeType.DAG, Phase.RUNNING, null,
                children, null, null, null, null, null, 1));
        for (int i = 0; i < count; i++) {
            nodes.add(new NodeState("n" + i, "sweep-run.train(" + i + ")", "train", "train(" + i + ":" + i + ")",
                    "train", NodeType.POD, i == done ? Phase.SUCCEEDED : Phase.RUNNING, "root", List.of(), null,
                    null, null, null, null, 1));
        }
        return new RunState(RUN, "sweep-run", "p", "Stub", Phase.RUNNING, null, null, null, null, null, nodes,
                revision);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
