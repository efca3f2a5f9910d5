package dev.orrery.designer.canvas;

import dev.orrery.core.model.EventKind;
import java.util.Optional;

/** The one mapping from an event kind to its icon and label, used by the canvas's trigger nodes, the palette and the form. */
public final class TriggerStyle {
    private TriggerStyle() {
    }

    /** An Ikonli icon code (Material Design 2) for a trigger's event type. */
    public static String icon(String type) {
        Optional<EventKind> kind = EventKind.fromType(type);
        if (kind.isEmpty()) {
            return "mdi2l-lightning-bolt";
        }
        return switch (kind.get()) {
            case WEBHOOK -> "mdi2w-webhook";
            case CALENDAR -> "mdi2c-calendar-clock";
            case BUCKET -> "mdi2b-bucket-outline";
            case GITHUB -> "mdi2g-github";
            case GITLAB -> "mdi2g-gitlab";
            case KAFKA -> "mdi2a-apache-kafka";
            case RESOURCE -> "mdi2k-kubernetes";
        };
    }

    /** What a trigger's type is called ("Webhook", "S3/MinIO bucket"), or the type itself for other sources. */
    public static String label(String type) {
        return EventKind.fromType(type).map(EventKind::label).orElse(type == null ? "(no type)" : type + " event");
    }
}
