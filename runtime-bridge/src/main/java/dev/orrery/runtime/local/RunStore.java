package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.nativefmt.NativeReader;
import dev.orrery.core.nativefmt.NativeWriter;
import dev.orrery.runtime.RunState;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runs folder: one folder per run ({@code <runs>/<run-id>/}) holding {@code state.json} (the
 * last {@link RunState}, written atomically), {@code pipeline.json} (the pipeline as run, in the
 * native format's tree, for resubmit), {@code owner.json} (the Orrery process running it),
 * {@code pids} (every process started, for crash recovery) and {@code nodes/} (see
 * {@link NodeFolder}).
 */
final class RunStore {
    static final String STATE = "state.json";
    private static final String PIPELINE = "pipeline.json";
    private static final String OWNER = "owner.json";
    private static final SecureRandom RANDOM = new SecureRandom();

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // compact: written often while a run goes
    private final Path root;
    private final java.util.Map<String, Long> written = new java.util.HashMap<>();

    RunStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path dir(String runId) {
        return root.resolve(runId);
    }

    /** Creates a new run folder named {@code base-xxxxx} (or exactly {@code exact}) and returns the name. */
    String create(String base, String exact) throws IOException {
        PrivateFiles.createDirectories(root);
        if (exact != null) {
            try {
                PrivateFiles.createDirectory(dir(exact));
                return exact;
            } catch (FileAlreadyExistsException e) {
                throw new IOException("a run named '" + exact + "' exists already in " + root);
            }
        }
        String prefix = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        for (int i = 0; i < 100; i++) {
            String name = prefix + "-" + suffix();
            try {
                PrivateFiles.createDirectory(dir(name));
                return name;
            } catch (FileAlreadyExistsException e) {
                // try another suffix
            }
        }
        throw new IOException("cannot find a free run name under " + root);
    }

    private static String suffix() {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            b.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return b.toString();
    }

    /**
     * Writes the state unless a newer revision of the run was written already (the events thread and
     * the shutdown hook may both write; the newest wins).
     */
    synchronized void write(RunState state) throws IOException {
        Path dir = dir(state.id());
        if (!Files.isDirectory(dir)) {
            return; // deleted meanwhile
        }
        Long last = written.get(state.id());
        if (last != null && last >= state.revision()) {
            return;
        }
        written.put(state.id(), state.revision());
        Path tmp = dir.resolve(STATE + ".tmp");
        json.writeValue(PrivateFiles.newOutputStream(tmp), state);
        try {
            Files.move(tmp, dir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Optional<RunState> read(Path runDir) {
        Path f = runDir.resolve(STATE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(f.toFile(), RunState.class));
        } catch (IOException e) {
            System.err.println("orrery: ignoring " + f + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    List<RunState> readAll() {
        List<RunState> all = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return all;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path d : dirs) {
                read(d).ifPresent(all::add);
            }
        } catch (IOException e) {
            System.err.println("orrery: cannot list " + root + ": " + e.getMessage());
        }
        return all;
    }

    void writePipeline(String runId, Pipeline p) throws IOException {
        json.writeValue(PrivateFiles.newOutputStream(dir(runId).resolve(PIPELINE)), new NativeWriter().write(p));
    }

    Optional<Pipeline> readPipeline(String runId) {
        Path f = dir(runId).resolve(PIPELINE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = json.readTree(f.toFile());
            return Optional.of(new NativeReader().read(tree).pipeline());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records this JVM as the run's owner. */
    void writeOwner(String runId) throws IOException {
        ProcessHandle me = ProcessHandle.current();
        var owner = json.createObjectNode();
        owner.put("pid", me.pid());
        owner.put("start", me.info().startInstant().map(Object::toString).orElse(null));
        json.writeValue(PrivateFiles.newOutputStream(dir(runId).resolve(OWNER)), owner);
    }

    /** True when the process that ran this run is still alive (and is not a recycled pid). */
    boolean ownerAlive(String runId) {
        try {
            JsonNode owner = json.readTree(dir(runId).resolve(OWNER).toFile());
            return alive(owner.path("pid").asLong(-1), owner.path("start").asText(null));
        } catch (IOException e) {
            return false;
        }
    }

    long ownerPid(String runId) {
        try {
            return json.readTree(dir(runId).resolve(OWNER).toFile()).path("pid").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Processes the run started that are still alive (matched by pid and start time). */
    List<ProcessHandle> leftovers(String runId) {
        List<ProcessHandle> alive = new ArrayList<>();
        Path pids = dir(runId).resolve("pids");
        if (!Files.isRegularFile(pids)) {
            return alive;
        }
        try {
            for (String line : Files.readAllLines(pids)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && alive(Long.parseLong(parts[0]), parts[1])) {
                    ProcessHandle.of(Long.parseLong(parts[0])).ifPresent(alive::add);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a damaged pids file: nothing we can match safely
        }
        return alive;
    }

    private static boolean alive(long pid, String start) {
        if (pid <= 0) {
            return false;
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        if (start == null || start.equals("-") || start.equals("null")) {
            return true;
        }
        return h.get().info().startInstant().map(i -> i.toString().equals(start)).orElse(true);
    }

    void delete(String runId) throws IOException {
        Files2.deleteTree(dir(runId));
    }
}
