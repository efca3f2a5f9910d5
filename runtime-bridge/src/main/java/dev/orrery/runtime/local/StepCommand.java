package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Template;
import dev.orrery.core.validate.PathRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the command line of a container or script step.
 * <p>
 * On the host: a script runs as {@code interpreter script-file args…} ({@code python} falls back to
 * {@code python3} when there is no {@code python}); a container runs {@code command + args}. The
 * absolute paths the template declares (input artifacts, output parameters and artifacts) are
 * rewritten in the command, arguments, script and environment to the node's {@code fs/} folder,
 * so {@code /tmp/out.txt} becomes {@code <node>/fs/tmp/out.txt}; the folders holding them are
 * rewritten too (except system folders such as /usr or /etc), so {@code mkdir -p /tmp/model} and
 * {@code /tmp/model/m.json} agree. Relative paths resolve in the node's {@code work/} folder, the
 * working directory.
 * <p>
 * A template may override its host command with the annotation {@value #LOCAL_COMMAND} under
 * {@code metadata.annotations} (native format: the template's {@code argo} section; Argo: the
 * template's metadata): a JSON list of words, or a shell line run with {@code sh -c}. Variables
 * and declared paths are expanded in it too; a script's file is in {@code $ORRERY_SCRIPT}.
 * <p>
 * In container mode the step runs in its image with {@code docker run} (or podman): the script is
 * mounted at {@code /orrery/script}, the work folder at {@code /orrery/work} (the working
 * directory), and the parent folder of each declared absolute path at its real place.
 */
final class StepCommand {
    /** The annotation that overrides a step's command on this computer. */
    static final String LOCAL_COMMAND = "orrery.dev/local-command";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StepCommand() {
    }

    /** A step that cannot run here, with the reason for the user. */
    static final class NotRunnableException extends RuntimeException {
        NotRunnableException(String message) {
            super(message);
        }
    }

    /** The absolute and relative paths a template declares, in a stable order. */
    static Set<String> declaredPaths(Template t) {
        Set<String> paths = new LinkedHashSet<>();
        for (Artifact a : t.inputArtifacts) {
            if (a.path != null) {
                paths.add(a.path);
            }
        }
        for (Parameter p : t.outputParameters) {
            if (p.path != null) {
                paths.add(p.path);
            }
        }
        for (Artifact a : t.outputArtifacts) {
            if (a.path != null) {
                paths.add(a.path);
            }
        }
        return paths;
    }

    /** Top-level folders whose names are never rewritten: the host's own programs and libraries live there. */
    private static final Set<String> SYSTEM_FOLDERS = Set.of("/bin", "/sbin", "/usr", "/lib", "/lib32", "/lib64",
            "/etc", "/proc", "/sys", "/dev", "/opt", "/home", "/root", "/var", "/run", "/boot", "/snap", "/nix");

    /**
     * The declared paths plus the folders they sit in ({@code /tmp/data/x.csv} brings
     * {@code /tmp/data}), so a script that creates or lists the folder of its output sees the same
     * place; folders under {@link #SYSTEM_FOLDERS} are left alone.
     */
    static Map<String, String> withFolders(Map<String, String> declaredToHost) {
        Map<String, String> all = new LinkedHashMap<>(declaredToHost);
        declaredToHost.forEach((declared, host) -> {
            Path parent = Path.of(declared).getParent();
            if (parent == null || !Path.of(declared).isAbsolute() || parent.getParent() == null) {
                return;
            }
            boolean system = false;
            for (String f : SYSTEM_FOLDERS) {
                system |= parent.toString().equals(f) || parent.startsWith(f + "/");
            }
            if (!system) {
                all.putIfAbsent(parent.toString(), Path.of(host).getParent().toString());
            }
        });
        return all;
    }

    static LaunchSpec build(Template t, Scope scope, NodeFolder folder, ContainerMode mode, String runName,
            String nodeId) {
        Container c = t.container;
        Map<String, String> declaredToHost = new LinkedHashMap<>();
        for (String p : declaredPaths(t)) {
            declaredToHost.put(p, folder.map(p).toString());
        }
        PathRewriter rewrite = mode == ContainerMode.HOST ? new PathRewriter(withFolders(declaredToHost))
                : PathRewriter.NONE;
        String script = c.isScript() ? scope.expand(rewrite.apply(c.source)) : null;
        List<String> args = expandAll(c.args, scope, rewrite);
        Map<String, String> env = new LinkedHashMap<>();
        List<String> passThrough = new ArrayList<>();
        for (EnvVar e : c.env) {
            if (e.value != null && !e.value.isNull()) {
                env.put(e.name, scope.expand(rewrite.apply(e.value.asText())));
            } else if (System.getenv(e.name) != null) {
                passThrough.add(e.name);
            }
        }
        String containerName = null;
        List<String> argv;
        if (mode == ContainerMode.HOST) {
            argv = hostCommand(t, c, scope, rewrite, folder, args);
            env.put("ORRERY_RUN_ID", runName);
            env.put("ORRERY_NODE_ID", nodeId);
            env.put("ORRERY_NODE_DIR", folder.dir().toString());
            if (script != null) {
                env.put("ORRERY_SCRIPT", folder.script().toString());
            }
            env.putIfAbsent("PYTHONUNBUFFERED", "1");
        } else {
            containerName = containerName(runName, nodeId);
            argv = containerCommand(mode, c, scope, folder, args, env, passThrough, declaredToHost, containerName);
        }
        return new LaunchSpec(argv, folder.work(), env, script, containerName, declaredToHost);
    }

    private static List<String> hostCommand(Template t, Container c, Scope scope, PathRewriter rewrite,
            NodeFolder folder, List<String> args) {
        String override = localCommand(t);
        if (override != null) {
            String expanded = scope.expand(rewrite.apply(override));
            if (expanded.trim().startsWith("[")) {
                try {
                    List<String> words = new ArrayList<>();
                    JSON.readTree(expanded).forEach(n -> words.add(n.asText()));
                    return words;
                } catch (Exception e) {
                    throw new NotRunnableException("annotation " + LOCAL_COMMAND + " is not a JSON list of words: "
                            + e.getMessage());
                }
            }
            return List.of(shell(), "-c", expanded);
        }
        List<String> command = expandAll(c.isScript() ? c.effectiveCommand() : c.command, scope, rewrite);
        if (command == null || command.isEmpty()) {
            throw new NotRunnableException(c.isScript()
                    ? "the script has no language or command, so there is no interpreter to run it with"
                    : "the container has no command (its image's entrypoint cannot run on this computer); give it a"
                            + " command, or a local command with the annotation " + LOCAL_COMMAND
                            + ", or run containers in docker/podman");
        }
        List<String> argv = new ArrayList<>(command);
        argv.set(0, interpreter(argv.get(0)));
        if (c.isScript()) {
            argv.add(folder.script().toString());
        }
        argv.addAll(args);
        return argv;
    }

    /** Resolves a command word on the PATH; {@code python} falls back to {@code python3}. */
    static String interpreter(String word) {
        if (ProcessTrees.Executables.find(word).isPresent()) {
            return word;
        }
        if (word.equals("python") && ProcessTrees.Executables.find("python3").isPresent()) {
            return "python3";
        }
        throw new NotRunnableException("'" + word + "' is not installed on this computer (not found on the PATH)");
    }

    private static String shell() {
        return ProcessTrees.Executables.find("bash").isPresent() ? "bash" : "sh";
    }

    private static List<String> containerCommand(ContainerMode mode, Container c, Scope scope, NodeFolder folder,
            List<String> args, Map<String, String> env, List<String> passThrough, Map<String, String> declaredToHost,
            String containerName) {
        if (c.image == null || c.image.isBlank()) {
            throw new NotRunnableException("the step has no image to run in " + mode.cli());
        }
        List<String> argv = new ArrayList<>(List.of(mode.cli(), "run", "--rm", "--init", "--name", containerName,
                "-w", "/orrery/work", "-v", folder.work() + ":/orrery/work"));
        if (c.isScript()) {
            argv.addAll(List.of("-v", folder.script() + ":/orrery/script:ro"));
        }
        Set<String> mounted = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : declaredToHost.entrySet()) {
            if (!e.getKey().startsWith("/")) {
                continue; // relative paths are in the work folder, mounted above
            }
            // the place in the container is the normalised path, the same one the host side was mapped from
            Path declared = Path.of("/" + PathRules.contained(e.getKey()).orElseThrow());
            Path parent = declared.getParent();
            if (parent == null || parent.getParent() == null) {
                throw new NotRunnableException("cannot mount the declared path " + declared
                        + " in a container: it sits at the root of the file system");
            }
            if (mounted.add(parent.toString())) {
                argv.addAll(List.of("-v", mount(Path.of(e.getValue()).getParent(), parent)));
            }
        }
        env.forEach((k, v) -> argv.addAll(List.of("-e", k + "=" + v)));
        passThrough.forEach(k -> argv.addAll(List.of("-e", k)));
        List<String> command = expandAll(c.isScript() ? c.effectiveCommand() : c.command, scope, PathRewriter.NONE);
        if (command != null && !command.isEmpty()) {
            argv.addAll(List.of("--entrypoint", command.get(0)));
        }
        argv.add(c.image);
        if (command != null && command.size() > 1) {
            argv.addAll(command.subList(1, command.size()));
        }
        if (c.isScript()) {
            argv.add("/orrery/script");
        }
        argv.addAll(args);
        return argv;
    }

    /** A bind mount; a ':' or ',' would let a path add its own mount options, so such paths are refused. */
    private static String mount(Path host, Path container) {
        for (String side : new String[] {host.toString(), container.toString()}) {
            if (side.indexOf(':') >= 0 || side.indexOf(',') >= 0) {
                throw new NotRunnableException("cannot mount " + side + " in a container: the path holds ':' or ','");
            }
        }
        return host + ":" + container;
    }

    static String containerName(String runName, String nodeId) {
        String raw = "orrery-" + runName + "-" + Integer.toHexString(nodeId.hashCode());
        return raw.replaceAll("[^a-zA-Z0-9_.-]", "-");
    }

    /** The local command annotation of a template, or null. */
    static String localCommand(Template t) {
        JsonNode v = t.extra.path("metadata").path("annotations").path(LOCAL_COMMAND);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static List<String> expandAll(List<String> words, Scope scope, PathRewriter rewrite) {
        if (words == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(scope.expand(rewrite.apply(w)));
        }
        return out;
    }

    /** Rewrites declared absolute paths to host paths in one pass (no rewriting of what it wrote). */
    static final class PathRewriter {
        static final PathRewriter NONE = new PathRewriter(Map.of());
        private final Pattern pattern;
        private final Map<String, String> map;

        PathRewriter(Map<String, String> declaredToHost) {
            this.map = new LinkedHashMap<>();
            declaredToHost.forEach((k, v) -> {
                if (k.startsWith("/")) {
                    map.put(k, v);
                }
            });
            if (map.isEmpty()) {
                pattern = null;
            } else {
                StringBuilder alt = new StringBuilder();
                map.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(k -> {
                    if (!alt.isEmpty()) {
                        alt.append('|');
                    }
                    alt.append(Pattern.quote(k));
                });
                pattern = Pattern.compile("(?<![\\w./-])(" + alt + ")(?![\\w.-])");
            }
        }

        String apply(String text) {
            if (pattern == null || text == null) {
                return text;
            }
            Matcher m = pattern.matcher(text);
            return m.replaceAll(r -> Matcher.quoteReplacement(map.get(r.group(1))));
        }
    }
}
