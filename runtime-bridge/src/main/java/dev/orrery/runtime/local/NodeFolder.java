package dev.orrery.runtime.local;

import dev.orrery.core.validate.PathRules;
import java.nio.file.Path;

/**
 * Where one node keeps its files, under {@code <run>/nodes/<node>/}:
 * <ul>
 * <li>{@code log.txt} standard output and error, merged in arrival order, stored once (the
 * result, the first 256 KiB of standard output, is kept in memory while the step runs);</li>
 * <li>{@code script} the script source of a script step;</li>
 * <li>{@code work/} the working directory of the process (relative paths land here);</li>
 * <li>{@code fs/} the step's view of absolute paths: a declared path such as {@code /tmp/out.txt}
 * becomes {@code fs/tmp/out.txt} on the host (in container mode it is mounted at the real path).</li>
 * </ul>
 */
record NodeFolder(Path dir) {

    static NodeFolder of(Path runDir, String nodeId) {
        return new NodeFolder(runDir.resolve("nodes").resolve(safe(nodeId)));
    }

    /**
     * A file name from a node id: letters, digits, dot, dash and underscore; anything else becomes
     * '_', so that the mapped paths rewritten into scripts need no shell quoting (a fan-out child
     * {@code run.fan(0:a)} lives in {@code run.fan_0_a_}).
     */
    static String safe(String nodeId) {
        StringBuilder b = new StringBuilder(nodeId.length());
        for (char c : nodeId.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            b.append(ok ? c : '_');
        }
        String s = b.toString();
        if (s.length() > 150) {
            s = s.substring(0, 140) + "-" + Integer.toHexString(nodeId.hashCode());
        }
        return s.startsWith(".") ? "_" + s : s;
    }

    Path log() {
        return dir.resolve("log.txt");
    }

    Path script() {
        return dir.resolve("script");
    }

    Path work() {
        return dir.resolve("work");
    }

    Path fs() {
        return dir.resolve("fs");
    }

    /**
     * The host path of a path the step declares, after normalisation: absolute under fs/, relative
     * under work/. A path that would leave its folder ({@code ../../x}) is refused, never mapped
     * (see {@link PathRules}); links are checked where files are read and written ({@link Containment}).
     */
    Path map(String declared) {
        String inside = PathRules.contained(declared).orElseThrow(() -> new IllegalArgumentException(
                "the path '" + declared + "' " + (declared == null ? "is missing" : PathRules.problem(declared))
                        + "; Orrery keeps every path of a step inside the step's folder"));
        Path base = declared.startsWith("/") ? fs() : work();
        return inside.isEmpty() ? base : base.resolve(inside);
    }
}
