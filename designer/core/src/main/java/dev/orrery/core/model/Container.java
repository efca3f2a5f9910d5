package dev.orrery.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a container or script step runs. A script step has {@code source}; its interpreter is
 * {@code command} (or {@code language} when the command is a single interpreter word).
 */
public final class Container {
    public String image;
    public List<String> command;
    public List<String> args;
    /** Script source; null for a plain container. */
    public String source;
    /** Script interpreter (python, python3, bash, sh, node, …) when the command is that one word. */
    public String language;
    public List<EnvVar> env = new ArrayList<>();
    public Resources resources = new Resources();
    /** Container fields the model does not lift (volumeMounts, workingDir, imagePullPolicy, …). */
    public ObjectNode extra = Json.object();

    public boolean isScript() {
        return source != null;
    }

    /** The interpreter command a script runs with: the explicit command, else the language. */
    public List<String> effectiveCommand() {
        if (command != null) {
            return command;
        }
        return language == null ? null : List.of(language);
    }

    public Container copy() {
        Container c = new Container();
        c.image = image;
        c.command = command == null ? null : new ArrayList<>(command);
        c.args = args == null ? null : new ArrayList<>(args);
        c.source = source;
        c.language = language;
        env.forEach(e -> c.env.add(e.copy()));
        c.resources = resources.copy();
        c.extra = extra.deepCopy();
        return c;
    }
}
