package dev.orrery.runtime.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.RunRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads what a finished step left behind: output parameters from files (at most
 * {@link #MAX_PARAMETER_BYTES} each, read without loading more) and output artifacts, all inside
 * the step's folder ({@link Containment}).
 */
final class StepOutputs {
    /** Largest output parameter read from a file; larger values belong in an output artifact. */
    static final int MAX_PARAMETER_BYTES = 256 * 1024;

    record Collected(Map<String, String> parameters, Map<String, Path> artifacts, List<ArtifactRef> refs) {
    }

    private StepOutputs() {
    }

    /**
     * @param note told of each optional output the step did not write (Argo saves nothing for it and
     *             goes on; the node's log says so, so an empty input downstream has an explanation)
     * @throws IllegalStateException naming the output and its path when a required one was not written,
     *             as Argo fails a node whose non-optional output is missing
     */
    static Collected collect(Template t, NodeFolder folder, RunRef run, String nodeId, Consumer<String> note)
            throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, Path> artifacts = new LinkedHashMap<>();
        List<ArtifactRef> refs = new ArrayList<>();
        for (Parameter p : t.outputParameters) {
            params.put(p.name, parameter(p, folder));
        }
        for (Artifact a : t.outputArtifacts) {
            String what = "output artifact '" + a.name + "'";
            Path file = a.path == null ? null : folder.map(a.path);
            Optional<Path> real = file == null ? Optional.empty() : Containment.readable(folder.dir(), file, what);
            if (real.isPresent()) {
                artifacts.put(a.name, file);
                refs.add(new ArtifactRef(run, nodeId, a.name, Files2.size(file), file.toString()));
            } else if (!Boolean.TRUE.equals(a.optional)) {
                throw new IllegalStateException(what + " was not produced: the step ended without writing " + a.path
                        + " (on this computer: " + file + "): write it there, or mark the output optional");
            } else {
                note.accept("optional " + what + " was not produced (the step did not write " + a.path
                        + "): steps bound to it get nothing");
            }
        }
        return new Collected(params, artifacts, refs);
    }

    private static String parameter(Parameter p, NodeFolder folder) throws IOException {
        String what = "output parameter '" + p.name + "'";
        if (p.path != null) {
            Path file = folder.map(p.path);
            Optional<Path> real = Containment.readable(folder.dir(), file, what);
            if (real.isPresent() && Files.isRegularFile(real.get(), LinkOption.NOFOLLOW_LINKS)) {
                String v = readCapped(real.get(), what, p.path);
                return v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
            }
            JsonNode def = p.extra.path("valueFrom").path("default");
            if (!def.isMissingNode()) {
                return def.asText();
            }
            if (p.defaultValue != null) {
                return p.defaultValue.asText();
            }
            throw new IllegalStateException(what + " was not produced: the step ended without writing " + p.path
                    + " (on this computer: " + file + ") and it has no default: write it there, or give it a default"
                    + " (valueFrom.default)");
        }
        if (p.value != null) {
            return p.value.asText();
        }
        throw new IllegalStateException(what + " has no path; the local runner reads output parameters from files only");
    }

    /** The file's text, or a clear error when it holds more than {@link #MAX_PARAMETER_BYTES}. */
    private static String readCapped(Path file, String what, String declared) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_PARAMETER_BYTES + 1);
            if (bytes.length > MAX_PARAMETER_BYTES) {
                throw new IllegalStateException(what + ": " + declared + " holds more than "
                        + MAX_PARAMETER_BYTES / 1024 + " KiB, the limit for an output parameter; pass large values"
                        + " as an output artifact");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A failure while collecting a step's results, in words for the node's message. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "Orrery ran out of memory while collecting the step's results";
        }
        String m = e.getMessage();
        if (e instanceof IOException) {
            return "cannot read the step's results: " + (m == null ? e.getClass().getSimpleName() : m);
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
