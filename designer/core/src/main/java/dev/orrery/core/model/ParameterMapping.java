package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Sensor trigger parameter: where a value comes from in an event ({@code src}) and where it goes in the
 * submitted resource ({@code dest}, e.g. {@code spec.arguments.parameters.0.value}). Field names follow
 * Argo Events' TriggerParameter so the YAML reads the same in both formats.
 */
public final class ParameterMapping {
    private static final Pattern PARAMETER_DEST = Pattern.compile("spec\\.arguments\\.parameters\\.(\\d+)\\.value");

    public String dependencyName;
    /** A gjson path into the event's data ({@code body.repository.name}). */
    public String dataKey;
    /** A Go template over the event's data ({@code {{ .Input.body.ref }}}); tried before dataKey. */
    public String dataTemplate;
    public String contextKey;
    public String contextTemplate;
    /** The default, used when the event or the key is missing. */
    public String value;
    public Boolean useRawData;
    public String dest;
    /** append, prepend, overwrite (Argo Events' default when unset). */
    public String operation;
    /** Fields of {@code src} the model does not lift, passed through. */
    public ObjectNode extraSrc = Json.object();
    /** Fields of the parameter itself the model does not lift, passed through. */
    public ObjectNode extra = Json.object();

    public static ParameterMapping of(String dependencyName, String dataKey, String dest) {
        ParameterMapping m = new ParameterMapping();
        m.dependencyName = dependencyName;
        m.dataKey = dataKey;
        m.dest = dest;
        return m;
    }

    /** The dest that sets the pipeline parameter at this index. */
    public static String parameterDest(int index) {
        return "spec.arguments.parameters." + index + ".value";
    }

    /** The index of the pipeline parameter this mapping sets, when dest has the form {@link #parameterDest}. */
    public Optional<Integer> parameterIndex() {
        if (dest == null) {
            return Optional.empty();
        }
        Matcher m = PARAMETER_DEST.matcher(dest);
        if (!m.matches() || m.group(1).length() > 6) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(1)));
    }

    public ParameterMapping copy() {
        ParameterMapping m = new ParameterMapping();
        m.dependencyName = dependencyName;
        m.dataKey = dataKey;
        m.dataTemplate = dataTemplate;
        m.contextKey = contextKey;
        m.contextTemplate = contextTemplate;
        m.value = value;
        m.useRawData = useRawData;
        m.dest = dest;
        m.operation = operation;
        m.extraSrc = extraSrc.deepCopy();
        m.extra = extra.deepCopy();
        return m;
    }
}
