package dev.orrery.runtime.local;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Keeps what the runner reads and writes for a step inside the step's folder, whatever links the
 * step (an untrusted program) left there: a place is accepted only when its real path, every link
 * resolved, is inside the real path of the node's folder. Same checks on the host and in container
 * mode, where the step's links are seen from the host.
 */
final class Containment {
    /** A place the runner refuses to read or write; the message is for the user. */
    static final class EscapeException extends IllegalStateException {
        EscapeException(String message) {
            super(message);
        }
    }

    private Containment() {
    }

    /**
     * Prepares {@code target} for writing: its folders are created, they must resolve inside the
     * node's folder, and a link already at the target is removed (never written through).
     */
    static void prepareTarget(Path nodeDir, Path target, String what) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        PrivateFiles.createDirectories(parent);
        if (!inside(nodeDir, parent.toRealPath())) {
            throw new EscapeException(what + ": the folder " + parent + " leads out of the step's folder through a"
                    + " symbolic link; Orrery does not write outside a run");
        }
        if (Files.isSymbolicLink(target)) {
            Files.delete(target);
        }
    }

    /**
     * The real path of an existing file or folder the step wrote, checked: it and every link inside
     * it (for a folder) must stay inside the node's folder. Empty when nothing is there (a dangling
     * link counts as nothing only when it points inside).
     */
    static java.util.Optional<Path> readable(Path nodeDir, Path file, String what) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.empty();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty(); // a dangling link: nothing to read
        }
        if (!inside(nodeDir, real)) {
            throw escape(what, file, real);
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            noLinkOut(nodeDir, real, what);
        }
        return java.util.Optional.of(real);
    }

    /** Fails when a link anywhere in the tree resolves outside the node's folder. */
    private static void noLinkOut(Path nodeDir, Path tree, String what) throws IOException {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    Path real;
                    try {
                        real = f.toRealPath();
                    } catch (NoSuchFileException e) {
                        return FileVisitResult.CONTINUE; // dangling: copied as a link, points nowhere
                    }
                    if (!inside(nodeDir, real)) {
                        throw escape(what, f, real);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean inside(Path nodeDir, Path real) throws IOException {
        return real.startsWith(nodeDir.toRealPath());
    }

    private static EscapeException escape(String what, Path file, Path real) {
        return new EscapeException(what + ": " + file + " is a symbolic link to " + real + ", outside the step's"
                + " folder; Orrery does not follow links out of a run (write the file itself, not a link)");
    }
}
