package dev.orrery.runtime.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starting step processes in their own process group and ending them with everything they
 * started. On Linux each step starts under {@code setsid}, so the step is the leader of a new
 * session and process group whose id is its pid; ending it signals the whole group (which also
 * reaches grandchildren that were re-parented) and then every descendant the JDK still sees.
 * Without setsid (macOS) only the descendants the JDK sees are reached.
 */
final class ProcessTrees {
    private static final Optional<Path> SETSID = Executables.find("setsid");
    private static final Optional<Path> KILL = Executables.find("kill");

    private ProcessTrees() {
    }

    /** True when steps get their own process group. */
    static boolean ownGroups() {
        return SETSID.isPresent() && KILL.isPresent();
    }

    /** The command line that starts {@code command} in a new process group, when possible. */
    static List<String> inOwnGroup(List<String> command) {
        if (!ownGroups()) {
            return command;
        }
        List<String> c = new ArrayList<>(command.size() + 1);
        c.add(SETSID.get().toString());
        c.addAll(command);
        return c;
    }

    /**
     * Ends the process and all its descendants: SIGTERM to the group and the tree, then SIGKILL to
     * whatever is left after {@code grace}. Returns when the root process has ended.
     */
    static void kill(ProcessHandle root, boolean ownGroup, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        if (ownGroup) {
            signalGroup(root.pid(), "-TERM");
        }
        root.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            root.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // forced below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownGroup) {
            signalGroup(root.pid(), "-KILL");
        }
        root.descendants().forEach(tree::add);
        root.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            root.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // nothing more we can do; the process is a zombie or belongs to someone else
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Signals a process group; quiet when it is already gone. */
    static void signalGroup(long pgid, String signal) {
        if (KILL.isEmpty()) {
            return;
        }
        try {
            Process p = new ProcessBuilder(KILL.get().toString(), signal, "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // kill not runnable: the descendants pass still runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Small PATH lookup, also used for interpreters and container CLIs. */
    static final class Executables {
        private Executables() {
        }

        static Optional<Path> find(String name) {
            if (name.contains("/") || name.contains(File.separator)) {
                Path p = Path.of(name);
                return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
            }
            String path = System.getenv("PATH");
            List<String> dirs = new ArrayList<>(List.of(path == null ? new String[0] : path.split(File.pathSeparator)));
            dirs.add("/usr/bin");
            dirs.add("/bin");
            for (String dir : dirs) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }
}
