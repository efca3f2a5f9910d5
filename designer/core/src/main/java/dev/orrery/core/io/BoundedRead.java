package dev.orrery.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file whole, but never more than a limit: the limit is enforced while reading, because
 * {@code Files.size} says 0 for {@code /dev/zero}, pipes and {@code /proc} files that never end.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** The file was longer than the limit; nothing past the limit was read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(Path file, long limit) {
            super(file + ": larger than " + describe(limit));
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** The file's bytes, or {@link TooLarge} as soon as more than {@code limit} bytes arrive. */
    public static byte[] bytes(Path file, long limit) throws IOException {
        long announced = Files.isRegularFile(file) ? Files.size(file) : 0;
        if (announced > limit) {
            throw new TooLarge(file, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(announced, limit) + 1);
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0; ) {
                total += n;
                if (total > limit) {
                    throw new TooLarge(file, limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** The file as UTF-8 text (malformed input is an error, as with {@code Files.readString}). */
    public static String utf8(Path file, long limit) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(file, limit))).toString();
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
