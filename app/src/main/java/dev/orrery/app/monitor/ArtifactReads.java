package dev.orrery.app.monitor;

import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.Runtime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.DoubleConsumer;

/**
 * Reading an artifact through its run's runtime, for every view that shows one (the Artifacts tab,
 * an edge of the run's graph): a preview from its first {@link ArtifactPreview#LIMIT} bytes, and a
 * copy streamed to a file. Both block: call them on a monitor thread, never on the FX thread.
 */
final class ArtifactReads {
    private ArtifactReads() {
    }

    /**
     * A parsed preview, and the artifact's size when the engine did not say it but the preview read
     * it all (-1 when still unknown).
     */
    record Preview(ArtifactPreview.Content content, long size) {
    }

    /** Reads at most {@link ArtifactPreview#LIMIT} bytes of the artifact and parses them. */
    static Preview preview(Runtime rt, ArtifactRef ref) {
        try (InputStream in = rt.openArtifact(ref)) {
            byte[] bytes = in.readNBytes(ArtifactPreview.LIMIT);
            long size = ref.size() >= 0 ? ref.size() : bytes.length < ArtifactPreview.LIMIT ? bytes.length : -1;
            return new Preview(ArtifactPreview.parse(ref.name(), bytes, ref.size()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the artifact to {@code target} (through a {@code .part} file, so a broken download leaves
     * no half file under the chosen name); {@code progress} hears fractions done when the size is known.
     */
    static Path copy(Runtime rt, ArtifactRef ref, Path target, DoubleConsumer progress) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = rt.openArtifact(ref); OutputStream out = Files.newOutputStream(part)) {
            byte[] buf = new byte[64 * 1024];
            long done = 0;
            long lastShown = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                done += n;
                if (ref.size() > 0 && done - lastShown > ref.size() / 100) {
                    lastShown = done;
                    progress.accept(Math.min(1.0, (double) done / ref.size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes for people: {@code 14 B}, {@code 2.5 KB}, {@code 1.2 MB}; empty when unknown. */
    static String human(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
