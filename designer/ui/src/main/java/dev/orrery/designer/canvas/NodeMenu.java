package dev.orrery.designer.canvas;

import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.DependencyJob;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** A node's context menu: delete, and one item per dependency to remove that edge. */
final class NodeMenu {
    private NodeMenu() {
    }

    static ContextMenu of(DesignDocument doc, String step, Runnable deleteSelection) {
        if (!doc.selection().isSelected(step)) {
            doc.selection().select(step);
        }
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(a -> deleteSelection.run());
        // a step derived from a template (entrypoint, exit handler) is not in a graph to delete it from
        delete.setDisable(doc.isDerived(step));
        ContextMenu menu = new ContextMenu(delete);
        doc.step(step).ifPresent(s -> {
            for (String dep : s.dependsOn) {
                MenuItem cut = new MenuItem("Disconnect from " + dep);
                cut.setId("disconnect-" + dep);
                cut.setOnAction(a -> doc.execute(DependencyJob.disconnect(doc, dep, step)));
                menu.getItems().add(cut);
            }
        });
        return menu;
    }
}
