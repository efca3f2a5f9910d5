package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.events.GjsonPath;
import dev.orrery.core.events.PayloadMapper;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a pipeline's event triggers: a known event type, unique names, the source settings Argo Events'
 * schema requires, and mappings that come from the trigger's own event and set a parameter the pipeline
 * declares. Findings name the field {@code triggers.NAME…}, which the canvas puts on the trigger node.
 */
public final class EventRules {
    /** What Argo Events v1.9's schema requires of each source the designer offers. */
    static final Map<EventKind, List<String>> REQUIRED = Map.of(
            EventKind.WEBHOOK, List.of("endpoint", "method", "port", "url"),
            EventKind.CALENDAR, List.of(),
            EventKind.BUCKET, List.of("endpoint", "bucket", "accessKey", "secretKey"),
            EventKind.GITHUB, List.of("events"),
            EventKind.GITLAB, List.of("events", "gitlabBaseURL"),
            EventKind.KAFKA, List.of("url", "topic"),
            EventKind.RESOURCE, List.of("namespace", "group", "version", "resource", "eventTypes"));
    /** Every event type of Argo Events v1.9's EventSource spec, for telling a typo from a type Orrery only carries. */
    static final Set<String> ARGO_EVENTS_TYPES = Set.of("amqp", "azureEventsHub", "azureQueueStorage",
            "azureServiceBus", "bitbucket", "bitbucketserver", "calendar", "emitter", "file", "generic", "gerrit",
            "github", "gitlab", "hdfs", "kafka", "minio", "mns", "mqtt", "nats", "nsq", "pubSub", "pulsar", "redis",
            "redisStream", "resource", "sftp", "slack", "sns", "sqs", "storageGrid", "stripe", "webhook");

    private final Findings out;

    EventRules(Findings out) {
        this.out = out;
    }

    void check(Pipeline p) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < p.triggers.size(); i++) {
            EventTrigger t = p.triggers.get(i);
            SourceRef at = Findings.at(p.source == null ? null : p.source.child("spec", "triggers"), i);
            String field = "triggers." + (t.name == null ? i : t.name);
            if (t.name == null || t.name.isBlank()) {
                out.error(null, field, at, "trigger " + (i + 1) + " has no name; name it (it names the event and"
                        + " the Sensor dependency)");
            } else if (!names.add(t.name)) {
                out.error(null, field, at, "two triggers are named '" + t.name + "'; names must be unique");
            }
            checkType(t, field, at);
            for (int m = 0; m < t.mappings.size(); m++) {
                checkMapping(p, t, t.mappings.get(m), field + ".parameters[" + m + "]",
                        Findings.at(at, "parameters", String.valueOf(m)));
            }
        }
    }

    private void checkType(EventTrigger t, String field, SourceRef at) {
        Optional<EventKind> kind = t.kind();
        if (kind.isEmpty()) {
            if (t.type == null || !ARGO_EVENTS_TYPES.contains(t.type)) {
                out.error(null, field + ".type", Findings.at(at, "type"), "unknown event type '" + t.type
                        + "'; expected one of webhook, calendar, minio (S3/MinIO), github, gitlab, kafka, resource"
                        + " (or another Argo Events source type)");
            }
            return;
        }
        for (String required : REQUIRED.get(kind.get())) {
            if (!t.source.has(required)) {
                out.warning(null, field + ".source", Findings.at(at, "source"), "the " + kind.get().label()
                        + " source has no '" + required + "', which Argo Events' schema requires");
            }
        }
        checkPort(t, t.source.path("port"), field, at);
        checkPort(t, t.source.path("webhook").path("port"), field, at);
    }

    /** A listening port (webhook, GitHub, GitLab sources) is text in the schema but must be a port number. */
    private void checkPort(EventTrigger t, com.fasterxml.jackson.databind.JsonNode port, String field, SourceRef at) {
        if (port.isMissingNode() || port.isNull()) {
            return;
        }
        String text = port.asText().trim();
        boolean valid = text.matches("[0-9]{1,5}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 65535;
        if (!valid) {
            out.error(null, field + ".source", Findings.at(at, "source"), "trigger '" + t.name + "' listens on port '"
                    + port.asText() + "', which is not a port number; use a number from 1 to 65535, such as 12000");
        }
    }

    private void checkMapping(Pipeline p, EventTrigger t, ParameterMapping m, String field, SourceRef at) {
        if (m.dependencyName != null && t.name != null && !m.dependencyName.equals(t.name)) {
            out.error(null, field + ".src", Findings.at(at, "src"), "the mapping reads dependency '"
                    + m.dependencyName + "' but the trigger's event is '" + t.name + "'; the Sensor would only"
                    + " use the default value");
        }
        if (m.dataKey != null && !GjsonPath.supported(m.dataKey)) {
            out.info(null, field + ".src", Findings.at(at, "src"), "dataKey " + m.dataKey + " uses gjson syntax"
                    + " Orrery's test events do not evaluate (queries, modifiers); the cluster's Sensor will");
        }
        if (m.dest == null) {
            out.error(null, field + ".dest", at, "the mapping has no dest; set spec.arguments.parameters.N.value");
            return;
        }
        Optional<Integer> index = m.parameterIndex();
        if (index.isEmpty()) {
            out.warning(null, field + ".dest", Findings.at(at, "dest"), "dest " + m.dest + " does not set a"
                    + " pipeline parameter; expected spec.arguments.parameters.N.value");
        } else if (index.get() >= p.parameters.size()) {
            out.error(null, field + ".dest", Findings.at(at, "dest"), "dest " + m.dest + " maps to parameter "
                    + index.get() + " but the pipeline declares " + p.parameters.size() + " parameter"
                    + (p.parameters.size() == 1 ? "" : "s") + "; declare it in spec.parameters");
        }
    }

    /**
     * Checks the mappings of a trigger against a sample payload: a {@code dataKey} the sample lacks (with no
     * default) is a warning, since the Sensor would fail to submit on such an event.
     */
    public static List<Diagnostic> checkSample(Pipeline p, EventTrigger t, JsonNode payload) {
        List<Diagnostic> found = new ArrayList<>();
        JsonNode data = PayloadMapper.eventData(t, payload);
        for (int i = 0; i < t.mappings.size(); i++) {
            ParameterMapping m = t.mappings.get(i);
            if (m.dataKey != null && GjsonPath.supported(m.dataKey) && GjsonPath.get(data, m.dataKey).isEmpty()) {
                found.add(Diagnostic.warning(Location.of(null, "triggers." + t.name + ".parameters[" + i + "].src"),
                        "the sample payload has no " + m.dataKey + (m.value == null ? "; the Sensor would not"
                                + " submit the workflow for such an event (set a default value?)"
                                : "; the default '" + m.value + "' would be used")));
            }
        }
        return found;
    }
}
