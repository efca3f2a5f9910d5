package dev.orrery.designer.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignDocument;
import java.util.Optional;

/**
 * The event-trigger edits as jobs (add, remove, rename, change a mapping) and what a new trigger of
 * each kind starts with: the source settings Argo Events' schema requires, filled with placeholders
 * that read as what to change ({@code /name} endpoints, {@code my-bucket}, …).
 */
public final class TriggerEdits {
    private TriggerEdits() {
    }

    public static Optional<EventTrigger> find(Pipeline p, String name) {
        return p.triggers.stream().filter(t -> name != null && name.equals(t.name)).findFirst();
    }

    /** A new trigger of a kind, named after it ({@code webhook}, {@code webhook-2}, …). */
    public static EventTrigger newTrigger(Pipeline p, EventKind kind) {
        String base = switch (kind) {
            case BUCKET -> "bucket";
            default -> kind.type();
        };
        String name = base;
        for (int i = 2; find(p, name).isPresent(); i++) {
            name = base + "-" + i;
        }
        EventTrigger t = EventTrigger.of(name, kind);
        t.source = defaults(kind, name);
        return t;
    }

    /** The source settings a new trigger of a kind starts with. */
    static ObjectNode defaults(EventKind kind, String name) {
        ObjectNode s = Json.object();
        switch (kind) {
            case WEBHOOK -> s.put("port", "12000").put("endpoint", "/" + name).put("method", "POST").put("url", "");
            case CALENDAR -> s.put("interval", "1h");
            case BUCKET -> {
                s.putObject("bucket").put("name", "my-bucket");
                s.put("endpoint", "minio-service.argo-events:9000");
                s.putArray("events").add("s3:ObjectCreated:Put");
                s.putObject("filter").put("prefix", "").put("suffix", "");
                s.putObject("accessKey").put("name", "artifacts-minio").put("key", "accesskey");
                s.putObject("secretKey").put("name", "artifacts-minio").put("key", "secretkey");
            }
            case GITHUB -> {
                ObjectNode repo = s.putArray("repositories").addObject().put("owner", "my-org");
                repo.putArray("names").add("my-repo");
                s.putArray("events").add("push");
                s.putObject("webhook").put("endpoint", "/" + name).put("port", "12000").put("method", "POST")
                        .put("url", "");
            }
            case GITLAB -> {
                s.putArray("projects").add("my-group/my-project");
                s.putArray("events").add("PushEvents");
                s.put("gitlabBaseURL", "https://gitlab.com");
                s.putObject("webhook").put("endpoint", "/" + name).put("port", "12000").put("method", "POST")
                        .put("url", "");
            }
            case KAFKA -> s.put("url", "kafka.argo-events:9092").put("topic", "my-topic").put("jsonBody", true);
            case RESOURCE -> {
                s.put("namespace", "default").put("group", "").put("version", "v1").put("resource", "configmaps");
                s.putArray("eventTypes").add("ADD");
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return s;
    }

    public static Job add(DesignDocument doc, EventKind kind) {
        return new AddTriggerJob(doc, newTrigger(doc.pipeline(), kind));
    }

    public static Job remove(DesignDocument doc, String name) {
        return new RemoveTriggerJob(doc, name);
    }

    /** Renames a trigger; its mappings that read its event follow the new name. */
    public static Job rename(DesignDocument doc, String oldName, String newName) {
        return new TriggerEditJob(doc, oldName, "Rename trigger " + oldName + " to " + newName, t -> {
            for (ParameterMapping m : t.mappings) {
                if (oldName.equals(m.dependencyName)) {
                    m.dependencyName = newName;
                }
            }
            t.name = newName;
        });
    }

    /**
     * Adds a mapping from the payload into the first pipeline parameter no mapping of the trigger sets yet
     * (or the first parameter); a webhook's field is read under {@code body.}.
     */
    public static Job addMapping(DesignDocument doc, String name) {
        return new TriggerEditJob(doc, name, "Add mapping to " + name, t -> {
            Pipeline p = doc.pipeline();
            int target = 0;
            for (int i = 0; i < p.parameters.size(); i++) {
                final int index = i;
                if (t.mappings.stream().noneMatch(m -> m.parameterIndex().orElse(-1) == index)) {
                    target = i;
                    break;
                }
            }
            String field = p.parameters.isEmpty() ? "field" : p.parameters.get(target).name;
            String key = EventKind.WEBHOOK.type().equals(t.type) ? "body." + field : field;
            t.mappings.add(ParameterMapping.of(t.name, key, ParameterMapping.parameterDest(target)));
        });
    }

    public static Job removeMapping(DesignDocument doc, String name, int index) {
        return new TriggerEditJob(doc, name, "Remove mapping " + (index + 1) + " of " + name, t -> {
            if (index < t.mappings.size()) {
                t.mappings.remove(index);
            }
        });
    }

    /**
     * Sets where a mapping reads the payload: text with {@code {{} is a Go template ({@code dataTemplate}),
     * other text a gjson path ({@code dataKey}); empty clears both.
     */
    public static Job setMappingSource(DesignDocument doc, String name, int index, String text) {
        return new TriggerEditJob(doc, name, "Set payload field of " + name, t -> {
            ParameterMapping m = t.mappings.get(index);
            String v = text.strip();
            boolean template = v.contains("{{");
            m.dataTemplate = template ? v : null;
            m.dataKey = template || v.isEmpty() ? null : v;
        });
    }

    /** Points a mapping at the pipeline parameter at an index. */
    public static Job setMappingParameter(DesignDocument doc, String name, int index, int parameter) {
        return new TriggerEditJob(doc, name, "Map " + name + " to parameter " + parameter, t ->
                t.mappings.get(index).dest = ParameterMapping.parameterDest(parameter));
    }

    /** Sets a mapping's default value (used when the payload lacks the field); empty removes it. */
    public static Job setMappingDefault(DesignDocument doc, String name, int index, String value) {
        return new TriggerEditJob(doc, name, "Set default of mapping " + (index + 1) + " of " + name, t ->
                t.mappings.get(index).value = value.isEmpty() ? null : value);
    }
}
