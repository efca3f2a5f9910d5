package dev.orrery.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file looked like when we last read or wrote it (time, size, SHA-256), to notice that
 * another program changed it before we overwrite it.
 */
record FileStamp(Path file, long modified, long size, byte[] sha256) {

    static FileStamp of(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new FileStamp(file, Files.getLastModifiedTime(file).toMillis(), bytes.length, sha256(bytes));
    }

    /** True when the file is gone or its content differs from what we saw. */
    boolean changedOnDisk() throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        if (Files.getLastModifiedTime(file).toMillis() == modified && Files.size(file) == size) {
            return false;
        }
        return !Arrays.equals(sha256(Files.readAllBytes(file)), sha256);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
