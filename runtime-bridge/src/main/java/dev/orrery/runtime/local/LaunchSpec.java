package dev.orrery.runtime.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start one attempt of a step: the command line, the working directory, the
 * environment added to the host's, the script text to write first (or null), and the container's
 * name in container mode (to stop it; null on the host).
 */
record LaunchSpec(List<String> argv, Path workDir, Map<String, String> env, String script, String containerName,
        Map<String, String> declaredToHost) {
    LaunchSpec {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        declaredToHost = Map.copyOf(declaredToHost);
    }
}
