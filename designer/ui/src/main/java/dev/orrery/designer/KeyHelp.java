package dev.orrery.designer;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;

/**
 * The keys and mouse gestures a part of the kit understands, published on its node so that a host
 * can list them (the app's Help ▸ Keyboard Shortcuts reads the canvas's). The kit publishes, the
 * host reads; neither needs the other.
 */
public final class KeyHelp {
    private static final Object KEY = KeyHelp.class;

    /** One line of help: the keys (or gesture) and what they do. */
    public record Shortcut(String keys, String action) {
        public Shortcut {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(action, "action");
        }
    }

    private KeyHelp() {
    }

    /** Attaches the help to a node, replacing what was published on it before. */
    public static void publish(Node node, List<Shortcut> shortcuts) {
        node.getProperties().put(KEY, List.copyOf(shortcuts));
    }

    /** The help published on a node, or an empty list. */
    @SuppressWarnings("unchecked")
    public static List<Shortcut> of(Node node) {
        Object help = node.getProperties().get(KEY);
        return help instanceof List<?> list ? (List<Shortcut>) list : List.of();
    }
}
