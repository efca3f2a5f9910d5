package dev.orrery.benchmarks.monitor;

import com.sun.javafx.logging.PulseLogger;
import java.lang.reflect.Field;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * A diagnostic for long frames ({@code -Dbench.dirty=true} with {@code -Djavafx.pulseLogger=true}):
 * after each layout pass it writes the scene's list of nodes waiting to be synchronised into the pulse
 * logger, which prints it with every pulse over its threshold. A pulse that repaints the whole window
 * ("Nodes rendered" near the scene's node count, no "Dirty Region" line) although nothing visible
 * changed shows here what asked for it. Reads JavaFX internals by reflection; benchmarks only.
 */
final class DirtyProbe {
    private static final int SHOWN = 12;
    private final Scene scene;
    private final Field dirtyNodes;
    private final Field dirtyNodesSize;
    private final Field dirtyBits;

    DirtyProbe(Scene scene) throws ReflectiveOperationException {
        this.scene = scene;
        dirtyNodes = open(Scene.class, "dirtyNodes");
        dirtyNodesSize = open(Scene.class, "dirtyNodesSize");
        dirtyBits = open(Node.class, "dirtyBits");
    }

    private static Field open(Class<?> type, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Call after the layout pass (a post-layout pulse listener). */
    void record() {
        try {
            Node[] nodes = (Node[]) dirtyNodes.get(scene);
            int size = dirtyNodesSize.getInt(scene);
            StringBuilder out = new StringBuilder("dirty nodes: " + size);
            for (int i = 0; nodes != null && i < Math.min(size, SHOWN); i++) {
                out.append("\n   ").append(path(nodes[i])).append(' ').append(dirtyBits.get(nodes[i]));
            }
            PulseLogger.addMessage(out.toString());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node's place in the scene; "(hidden)" marks invisible nodes, "(detached)" nodes without a parent. */
    private String path(Node n) {
        StringBuilder where = new StringBuilder();
        for (Node x = n; x != null; x = x.getParent()) {
            where.insert(0, "/" + x.getClass().getSimpleName() + (x.getId() == null ? "" : "#" + x.getId())
                    + (x.isVisible() ? "" : "(hidden)"));
        }
        if (n.getParent() == null && n != scene.getRoot()) {
            where.append(" (detached: a clip, or removed since it changed)");
        }
        return where.toString();
    }
}
