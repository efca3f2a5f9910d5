package dev.orrery.designer.props;

import dev.orrery.core.model.EventKind;
import java.util.List;

/** The settings the trigger form shows for each event kind: label, path into the source, list or not. */
final class SourceFields {
    record Spec(String label, String path, boolean list) {
        String id() {
            return "trigger-source-" + path.replace('.', '-');
        }
    }

    private SourceFields() {
    }

    static List<Spec> of(EventKind kind) {
        return switch (kind) {
            case WEBHOOK -> List.of(text("Endpoint", "endpoint"), text("Port", "port"), text("Method", "method"),
                    text("URL", "url"));
            case CALENDAR -> List.of(text("Schedule (cron)", "schedule"), text("Interval", "interval"),
                    text("Timezone", "timezone"));
            case BUCKET -> List.of(text("Bucket", "bucket.name"), list("Events", "events"),
                    text("Key prefix", "filter.prefix"), text("Key suffix", "filter.suffix"),
                    text("Endpoint", "endpoint"));
            case GITHUB -> List.of(text("Owner", "repositories.0.owner"),
                    list("Repositories", "repositories.0.names"), list("Events", "events"),
                    text("Webhook endpoint", "webhook.endpoint"), text("Webhook port", "webhook.port"));
            case GITLAB -> List.of(list("Projects", "projects"), list("Events", "events"),
                    text("GitLab URL", "gitlabBaseURL"), text("Webhook endpoint", "webhook.endpoint"),
                    text("Webhook port", "webhook.port"));
            case KAFKA -> List.of(text("Broker URL", "url"), text("Topic", "topic"), text("Partition", "partition"));
            case RESOURCE -> List.of(text("Namespace", "namespace"), text("Group", "group"),
                    text("Version", "version"), text("Resource", "resource"), list("Event types", "eventTypes"));
        };
    }

    private static Spec text(String label, String path) {
        return new Spec(label, path, false);
    }

    private static Spec list(String label, String path) {
        return new Spec(label + " (comma-separated)", path, true);
    }
}
