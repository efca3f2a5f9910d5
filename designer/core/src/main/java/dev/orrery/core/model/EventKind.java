package dev.orrery.core.model;

import java.util.Optional;

/**
 * The event sources the designer offers as trigger nodes, each with the key Argo Events uses for it in
 * an EventSource's spec. Other Argo Events types (amqp, sns, …) still open and round trip: the model keeps
 * the type as text ({@link EventTrigger#type}); this list is what the palette and the validator know.
 */
public enum EventKind {
    WEBHOOK("webhook", "Webhook"),
    CALENDAR("calendar", "Calendar"),
    /** S3 and MinIO bucket notifications: Argo Events calls both {@code minio} (any S3-compatible endpoint). */
    BUCKET("minio", "S3/MinIO bucket"),
    GITHUB("github", "GitHub push"),
    GITLAB("gitlab", "GitLab push"),
    KAFKA("kafka", "Kafka topic"),
    RESOURCE("resource", "Kubernetes resource");

    private final String type;
    private final String label;

    EventKind(String type, String label) {
        this.type = type;
        this.label = label;
    }

    /** The EventSource spec key ({@code webhook}, {@code minio}, …). */
    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    public static Optional<EventKind> fromType(String type) {
        for (EventKind k : values()) {
            if (k.type.equals(type)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
