package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a trigger's parameter mappings to an event the way an Argo Events Sensor does (its
 * ResolveParamValue): a {@code dataTemplate} is tried first, then the {@code dataKey}, then the default
 * {@code value}; with neither key nor template the default, or the whole event, is used. A key that names an
 * object or a list gives its JSON; a null gives {@code null}; other values their text. So the mapping can be
 * checked on this computer before anything is deployed.
 */
public final class PayloadMapper {
    /** One mapped value, or why there is none. */
    public record Outcome(ParameterMapping mapping, String value, String problem) {
        public boolean resolved() {
            return value != null;
        }
    }

    /** What a test event gives: the pipeline parameter values (name → value) and each mapping's outcome. */
    public record Result(Map<String, String> parameters, List<Outcome> outcomes) {
        public List<String> problems() {
            return outcomes.stream().filter(o -> o.problem() != null).map(Outcome::problem).toList();
        }
    }

    private PayloadMapper() {
    }

    /**
     * The event data a Sensor sees for a payload: a webhook wraps the request body as {@code body} beside
     * {@code header} (so keys read {@code body.x}); other sources' payload is taken as the event data itself.
     */
    public static JsonNode eventData(EventTrigger trigger, JsonNode payload) {
        if (EventKind.WEBHOOK.type().equals(trigger.type)) {
            ObjectNode data = Json.object();
            data.putObject("header").putArray("Content-Type").add("application/json");
            data.set("body", payload);
            return data;
        }
        return payload;
    }

    /** Maps one event of {@code trigger} onto the pipeline's parameters (defaults for those not mapped). */
    public static Result apply(Pipeline p, EventTrigger trigger, JsonNode eventData) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : p.parameters) {
            values.put(parameter.name, parameter.valueText());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (ParameterMapping m : trigger.mappings) {
            Outcome o = resolve(m, trigger.name, eventData);
            outcomes.add(o);
            if (!o.resolved()) {
                continue;
            }
            Optional<Integer> index = m.parameterIndex();
            if (index.isEmpty() || index.get() >= p.parameters.size()) {
                outcomes.set(outcomes.size() - 1, new Outcome(m, o.value(), "dest " + m.dest
                        + " sets no pipeline parameter (there are " + p.parameters.size() + ")"));
                continue;
            }
            String name = p.parameters.get(index.get()).name;
            String current = values.get(name) == null ? "" : values.get(name);
            String v = "append".equals(m.operation) ? current + o.value()
                    : "prepend".equals(m.operation) ? o.value() + current : o.value();
            values.put(name, v);
        }
        return new Result(values, outcomes);
    }

    /** The value of one mapping for an event of dependency {@code dependency}. */
    public static Outcome resolve(ParameterMapping m, String dependency, JsonNode eventData) {
        boolean eventArrived = m.dependencyName == null || m.dependencyName.equals(dependency);
        if (!eventArrived) {
            return m.value != null ? new Outcome(m, m.value, null)
                    : new Outcome(m, null, "mapping for dependency '" + m.dependencyName + "' has no event here"
                            + " and no default value");
        }
        if (m.contextKey != null || m.contextTemplate != null) {
            return m.value != null ? new Outcome(m, m.value, null)
                    : new Outcome(m, null, "contextKey/contextTemplate read the CloudEvent context, which a"
                            + " local test event does not have; set a default value");
        }
        if (m.dataKey == null && m.dataTemplate == null) {
            return new Outcome(m, m.value != null ? m.value : eventData.toString(), null);
        }
        if (m.dataTemplate != null) {
            Optional<String> rendered = GoTemplate.render(m.dataTemplate, eventData);
            if (rendered.isPresent()) {
                return new Outcome(m, rendered.get(), null);
            }
        }
        if (m.dataKey != null) {
            Optional<JsonNode> found = GjsonPath.get(eventData, m.dataKey);
            if (found.isPresent()) {
                JsonNode v = found.get();
                return new Outcome(m, v.isContainerNode() || v.isNull() ? v.toString() : v.asText(), null);
            }
        }
        if (m.value != null) {
            return new Outcome(m, m.value, null);
        }
        String what = m.dataTemplate != null && m.dataKey == null ? "dataTemplate " + m.dataTemplate
                + " gives no value" : "dataKey " + m.dataKey + " is not in the event";
        return new Outcome(m, null, what + " and there is no default value");
    }
}
