package dev.orrery.runtime.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Run folders are the user's alone: folders are created 0700 and files 0600 (on file systems with
 * POSIX permissions), so parameters, logs and outputs are not readable by other users of the
 * machine. The mode is given at creation, never fixed afterwards, so there is no moment when a
 * file is open to others.
 */
final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    private static FileAttribute<?>[] folderMode() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] fileMode() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates the folder and its missing parents, each 0700. */
    static Path createDirectories(Path dir) throws IOException {
        return Files.createDirectories(dir, folderMode());
    }

    /** Creates one folder 0700; fails when it exists. */
    static Path createDirectory(Path dir) throws IOException {
        return Files.createDirectory(dir, folderMode());
    }

    /** Creates the file 0600 when it is missing; an existing file keeps its mode. */
    static Path ensureFile(Path file) throws IOException {
        try {
            return Files.createFile(file, fileMode());
        } catch (FileAlreadyExistsException e) {
            return file;
        }
    }

    /** Opens the file for writing, creating it 0600 first when missing. */
    static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        ensureFile(file);
        return Files.newOutputStream(file, options);
    }

    /** Writes the text to a file created 0600 (replacing the content of an existing one). */
    static void writeString(Path file, String text) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
