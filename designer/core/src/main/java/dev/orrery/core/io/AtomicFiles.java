package dev.orrery.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a whole file so that readers see the old content or the new one, never half of it: the
 * bytes go to a temporary file next to the target, which then replaces it in one rename. As a
 * careful tool should: a symbolic link is written through (the file it names is replaced, the link
 * stays), an existing file keeps its permissions, a new file gets the usual mode (the umask's), and a
 * target that is not a regular file (a device such as {@code /dev/null}, a directory, a pipe) is
 * refused rather than replaced. The temporary file is removed on failure and, where the JVM still
 * runs its shutdown hooks (Ctrl+C, SIGTERM), on interruption.
 */
public final class AtomicFiles {
    /** How many links in a row are followed before giving up (as the kernel's ELOOP). */
    private static final int MAX_LINKS = 40;

    /** Temporary files being written, removed by the shutdown hook if the process ends meanwhile. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removePending, "orrery-temp-cleanup"));
    }

    private AtomicFiles() {
    }

    /** What to write; it gets the temporary file's stream (do not close it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The target is not a regular file (a device, directory, pipe, ...), so it is not replaced. */
    public static final class NotARegularFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotARegularFile(Path file, String what) {
            super(file.toString(), null, "is " + what + ", not a regular file; Orrery writes only regular files"
                    + " (use '-' for standard output)");
        }

        @Override
        public String getMessage() {
            return getFile() + ": " + getReason();
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes the content to the target (created with its folders if missing); returns the bytes written. */
    public static long write(Path target, Content content) throws IOException {
        Path real = regularFileBehind(target);
        Path dir = real.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Set<PosixFilePermission> keep = Files.exists(real) ? permissions(real) : null;
        Path tmp = dir.resolve("." + real.getFileName() + ".orrery-" + UUID.randomUUID() + ".tmp");
        PENDING.add(tmp);
        try {
            // CREATE_NEW without attributes: the mode is 0666 less the umask, like any new file
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(tmp, keep);
            }
            long size = Files.size(tmp);
            Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return size;
        } finally {
            Files.deleteIfExists(tmp);
            PENDING.remove(tmp);
        }
    }

    /**
     * The regular file that writing to {@code target} should replace: symbolic links followed (also
     * one that names a file not there yet); refused when it exists and is anything but a regular file.
     */
    static Path regularFileBehind(Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                throw new NotARegularFile(target, Files.isDirectory(target) ? "a directory"
                        : "a device, pipe or socket");
            }
            return target.toRealPath();
        }
        // missing, or a link to a file not there yet: follow the links to the name to create
        Path p = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        return p;
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(file);
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    private static void removePending() {
        for (Path tmp : PENDING) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the process is ending; nothing more can be done
            }
        }
    }
}
